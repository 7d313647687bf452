package org.fanoutlab.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Before the window opens: a jar made for another kind of computer (README "Download and run") fails deep inside
 * JavaFX with a stack trace and "no suitable pipeline found". Say instead which download this computer needs.
 */
final class DownloadCheck {
    private static final int HEADER_BYTES = 4096;

    private DownloadCheck() {
    }

    static Optional<String> forThisComputer() {
        if (ModuleLayer.boot().findModule("javafx.graphics").isPresent()) {
            return Optional.empty(); // JavaFX comes from the JDK or the module path, not from this jar
        }
        return problem(Desktop.current(), DownloadCheck::readHeader);
    }

    /**
     * @param header the first bytes of a resource at the root of the class path, or null when there is none
     */
    static Optional<String> problem(Desktop here, Function<String, byte[]> header) {
        if (here == null) {
            return Optional.empty(); // no download is made for this computer; let JavaFX try
        }
        Desktop madeFor = null;
        // By header, not by name: both Mac jars call their natives libglass.dylib.
        for (String library : Stream.of(Desktop.values()).map(Desktop::glassLibrary).distinct().toList()) {
            byte[] bytes = header.apply(library);
            Desktop built = bytes == null ? null : Desktop.builtFor(NativeMachine.of(bytes));
            if (built == here) {
                return Optional.empty();
            }
            if (madeFor == null) {
                madeFor = built;
            }
        }
        if (madeFor == null) {
            return Optional.empty(); // JavaFX's natives come from elsewhere (java.library.path)
        }
        return Optional.of("fanout-lab: this download is for " + madeFor + ", but this computer is " + here
                + ". Take " + here.jarName() + " instead (see \"Download and run\" in the README).");
    }

    private static byte[] readHeader(String resource) {
        try (InputStream in = DownloadCheck.class.getResourceAsStream("/" + resource)) {
            return in == null ? null : in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            return null;
        }
    }
}
