package org.fanoutlab.ui.lesson;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a lesson's image lives. Lessons sit in {@code lessons/} and write {@code ../assets/x.png} (so they
 * read right on a code host) or {@code assets/x.png}; both mean {@code assetsDir/x.png}. Anything else —
 * web addresses, absolute paths, or paths that climb out of the assets folder — is refused, so a lesson
 * can never make the app read arbitrary files.
 */
final class AssetPaths {
    private AssetPaths() {
    }

    static Optional<Path> resolve(Path assetsDir, String destination) {
        if (destination == null || destination.isBlank() || destination.contains(":")
                || destination.startsWith("/") || destination.startsWith("\\")) {
            return Optional.empty();
        }
        String d = destination.strip();
        int cut = indexOfAny(d, '?', '#');
        if (cut >= 0) {
            d = d.substring(0, cut);
        }
        d = URLDecoder.decode(d.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path rel;
        try {
            rel = Path.of(d).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        int start;
        if (rel.getNameCount() > 1 && rel.getName(0).toString().equals("assets")) {
            start = 1;
        } else if (rel.getNameCount() > 2 && rel.getName(0).toString().equals("..")
                && rel.getName(1).toString().equals("assets")) {
            start = 2;
        } else {
            return Optional.empty();
        }
        Path root = assetsDir.toAbsolutePath().normalize();
        Path target = root.resolve(rel.subpath(start, rel.getNameCount()).toString()).normalize();
        if (!target.startsWith(root) || !Files.isRegularFile(target)) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
