package org.fanoutlab.content;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the app finds its lessons and images. An author editing lessons runs the app from the repository, so
 * {@code ./lessons} (and {@code ./assets}) under the working directory win; otherwise the copies bundled on the
 * classpath are used: inside the jar (opened as a zip {@link FileSystem}, so {@code Path} code works unchanged)
 * or in {@code target/classes}.
 */
public final class LessonsLocation {
    /** Open jar file systems, kept for the life of the app: their Paths are only valid while they are open. */
    private static final Map<Path, FileSystem> JARS = new HashMap<>();

    private LessonsLocation() {
    }

    /**
     * {@code ./lessons} if it exists, else the bundled lessons; when neither exists, {@code ./lessons} (so that
     * {@link CourseLoader} reports "lessons folder not found" instead of the app failing).
     */
    public static Path lessonsDir() {
        return locate("lessons");
    }

    /** {@code ./assets} when {@code ./lessons} exists, else the bundled assets; same fallback as lessons. */
    public static Path assetsDir() {
        return locate("assets");
    }

    private static Path locate(String folder) {
        Path workingDir = Path.of("").toAbsolutePath();
        return locate(workingDir, codeLocation(), folder);
    }

    /**
     * @param workingDir   the directory the app was started in
     * @param codeLocation the jar or classes directory the app runs from, or null when unknown
     * @param folder       {@code lessons} or {@code assets}
     */
    static Path locate(Path workingDir, Path codeLocation, String folder) {
        // Lessons and assets come as a pair: an author's ./lessons goes with ./assets, never with bundled images.
        if (Files.isDirectory(workingDir.resolve("lessons"))) {
            return workingDir.resolve(folder);
        }
        Path bundled = bundled(codeLocation, folder);
        return bundled != null ? bundled : workingDir.resolve(folder);
    }

    private static Path bundled(Path codeLocation, String folder) {
        if (codeLocation == null) {
            return null;
        }
        if (Files.isDirectory(codeLocation)) {
            Path dir = codeLocation.resolve(folder);
            return Files.isDirectory(dir) ? dir : null;
        }
        if (Files.isRegularFile(codeLocation)) {
            FileSystem fs = openJar(codeLocation);
            if (fs != null) {
                Path dir = fs.getPath("/" + folder);
                return Files.isDirectory(dir) ? dir : null;
            }
        }
        return null;
    }

    private static synchronized FileSystem openJar(Path jar) {
        FileSystem fs = JARS.get(jar);
        if (fs == null) {
            try {
                fs = FileSystems.newFileSystem(jar, (ClassLoader) null);
            } catch (IOException | RuntimeException e) {
                return null; // not a readable zip: fall back to ./lessons, which CourseLoader reports as missing
            }
            JARS.put(jar, fs);
        }
        return fs;
    }

    private static Path codeLocation() {
        try {
            CodeSource source = LessonsLocation.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
