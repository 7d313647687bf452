package org.fanoutlab.ui.lesson;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a lesson's image lives: its path is relative to the assets folder ({@code push-pull-hybrid.png},
 * {@code fig/x.png}), the rule check-lessons applies too. Web addresses, absolute paths and paths that climb
 * out of the assets folder are refused, so a lesson can never make the app read arbitrary files.
 */
final class AssetPaths {
    private AssetPaths() {
    }

    static Optional<Path> resolve(Path assetsDir, String destination) {
        if (destination == null || destination.isBlank() || destination.contains(":")
                || destination.startsWith("/") || destination.startsWith("\\") || destination.startsWith("~")) {
            return Optional.empty();
        }
        String d = destination.strip();
        int cut = indexOfAny(d, '?', '#');
        if (cut >= 0) {
            d = d.substring(0, cut);
        }
        try {
            d = URLDecoder.decode(d.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path root = assetsDir.toAbsolutePath().normalize();
            // Resolve as a string so that a jar's assets folder (a zip file system) works the same way.
            Path target = root.resolve(d).normalize();
            if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                return Optional.empty();
            }
            return Optional.of(target);
        } catch (IllegalArgumentException e) { // broken %-escape or a name the file system cannot hold
            return Optional.empty();
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
