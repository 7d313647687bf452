package org.fanoutlab.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * What a student's download must hold to start on their desktop: that desktop's JavaFX natives built for its
 * chip, no other desktop's natives, the JavaFX toolkit for its windows, a Main-Class, the lessons and assets, and
 * every entry the app and its libraries need. Returns the problems as sentences; none means the jar is whole.
 */
final class DesktopJarCheck {
    private static final int SHOWN_MISSING = 8;
    /** Loaded on every desktop: windowing, fonts, images, the software pipeline and effects. */
    private static final List<String> COMMON_LIBRARIES =
            List.of("glass", "javafx_font", "javafx_iio", "prism_common", "prism_sw", "decora_sse");
    private static final List<String> NATIVE_SUFFIXES = List.of(".dll", ".dylib", ".so", ".jnilib");

    private DesktopJarCheck() {
    }

    static List<String> problems(Path jarFile, Desktop desktop, Collection<String> requiredEntries)
            throws IOException {
        String jarName = String.valueOf(jarFile.getFileName());
        if (!Files.isRegularFile(jarFile)) {
            return List.of(jarName + ": not built (expected at " + jarFile + ")");
        }
        List<String> problems = new ArrayList<>();
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            Set<String> names = new TreeSet<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
            checkMainClass(jar.getManifest(), jarName, problems);
            for (String library : requiredNatives(desktop)) {
                if (!names.contains(library)) {
                    problems.add(jarName + ": lacks " + library + ", which JavaFX needs on " + desktop);
                }
            }
            for (String name : names) {
                if (!isNative(name)) {
                    continue;
                }
                if (!name.endsWith(suffix(desktop))) {
                    problems.add(jarName + ": holds " + name + ", a native of another desktop");
                    continue;
                }
                NativeMachine built = NativeMachine.of(read(jar, name));
                if (built != desktop.machine()) {
                    problems.add(jarName + ": " + name + " is " + built + ", not " + desktop.machine());
                }
            }
            if (!names.contains(toolkitClass(desktop))) {
                problems.add(jarName + ": lacks " + toolkitClass(desktop) + ", JavaFX's window toolkit for it");
            }
            for (String folder : List.of("lessons/", "assets/")) {
                if (names.stream().noneMatch(n -> n.startsWith(folder))) {
                    problems.add(jarName + ": holds nothing under " + folder);
                }
            }
            List<String> missing = requiredEntries.stream().filter(n -> !names.contains(n)).sorted().toList();
            if (!missing.isEmpty()) {
                problems.add(jarName + ": lacks " + missing.size() + " entries the app needs, e.g. "
                        + String.join(", ", missing.subList(0, Math.min(SHOWN_MISSING, missing.size()))));
            }
        }
        return problems;
    }

    /** File names of the natives JavaFX loads on that desktop, as they sit at the root of its jar. */
    static List<String> requiredNatives(Desktop desktop) {
        List<String> own = switch (desktop) {
            case WINDOWS_X64 -> List.of("prism_d3d");
            case MACOS_INTEL, MACOS_APPLE_SILICON -> List.of("prism_es2");
            case LINUX_X64 -> List.of("prism_es2", "glassgtk3");
        };
        String prefix = desktop == Desktop.WINDOWS_X64 ? "" : "lib";
        return Stream.concat(COMMON_LIBRARIES.stream(), own.stream()).map(l -> prefix + l + suffix(desktop)).toList();
    }

    /** The class through which JavaFX drives that desktop's windows. */
    static String toolkitClass(Desktop desktop) {
        return switch (desktop) {
            case WINDOWS_X64 -> "com/sun/glass/ui/win/WinApplication.class";
            case MACOS_INTEL, MACOS_APPLE_SILICON -> "com/sun/glass/ui/mac/MacApplication.class";
            case LINUX_X64 -> "com/sun/glass/ui/gtk/GtkApplication.class";
        };
    }

    private static String suffix(Desktop desktop) {
        String glass = desktop.glassLibrary();
        return glass.substring(glass.lastIndexOf('.'));
    }

    private static boolean isNative(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        return NATIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static void checkMainClass(Manifest manifest, String jarName, List<String> problems) {
        String mainClass = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
        if (!Main.class.getName().equals(mainClass)) {
            problems.add(jarName + ": Main-Class is " + mainClass + ", so `java -jar` would not start the app");
        }
    }

    private static byte[] read(JarFile jar, String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return in.readNBytes(4096);
        }
    }
}
