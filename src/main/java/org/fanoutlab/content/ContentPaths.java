package org.fanoutlab.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for what a lesson may point at: presets by plain name in {@code lessons/scenarios/}, images by a
 * relative path inside {@code assets/}. One place, so that check-lessons and the lesson reader agree; lessons
 * must never make the app read outside its own folders or reach the network.
 */
public final class ContentPaths {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern PRESET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ContentPaths() {
    }

    /** Why {@code name} cannot name a preset, or empty when it is a plain name. Does not look at the disk. */
    public static Optional<String> presetNameProblem(String name) {
        Optional<String> escape = escapeProblem(name, "preset", "lessons/scenarios/");
        if (escape.isPresent()) {
            return escape;
        }
        if (!PRESET_NAME.matcher(name).matches()) {
            return Optional.of("preset '" + name + "' must be a plain file name from lessons/scenarios/, without folders");
        }
        return Optional.empty();
    }

    /** Why {@code name} is not a usable preset in {@code scenariosDir}, or empty when its file exists. */
    public static Optional<String> presetProblem(Path scenariosDir, String name) {
        Optional<String> syntax = presetNameProblem(name);
        if (syntax.isPresent()) {
            return syntax;
        }
        if (Files.isRegularFile(scenariosDir.resolve(name + ".json"))) {
            return Optional.empty();
        }
        String hint = name.toLowerCase(Locale.ROOT).endsWith(".json") ? " (write the name without .json)" : "";
        return Optional.of("no preset '" + name + "': scenarios/" + name + ".json does not exist" + hint);
    }

    /**
     * A lesson may write an image as {@code ../assets/NAME}, the form a code host renders beside the Markdown;
     * it means the same as {@code NAME}. A translated lesson, one folder deeper ({@code lessons/es/}), writes
     * {@code ../../assets/NAME}. Only these exact prefixes are accepted: every other {@code ..} is refused.
     */
    static final String CODE_HOST_PREFIX = "../assets/";
    static final String TRANSLATION_PREFIX = "../" + CODE_HOST_PREFIX;

    private static String assetRelative(String reference) {
        if (reference != null && reference.startsWith(TRANSLATION_PREFIX)) {
            return reference.substring(TRANSLATION_PREFIX.length());
        }
        return reference != null && reference.startsWith(CODE_HOST_PREFIX)
                ? reference.substring(CODE_HOST_PREFIX.length()) : reference;
    }

    /** Why {@code reference} (an image path from a lesson) is refused, or empty when it is a path inside assets/. */
    public static Optional<String> assetReferenceProblem(String reference) {
        reference = assetRelative(reference);
        Optional<String> raw = escapeProblem(reference, "image", "assets/");
        if (raw.isPresent()) {
            return raw;
        }
        String decoded = decode(reference);
        if (decoded == null) {
            return Optional.of("image '" + reference + "' has a broken %-escape");
        }
        // Checked again after decoding, so %2e%2e cannot climb out where .. may not.
        return decoded.equals(reference) ? Optional.empty() : escapeProblem(decoded, "image", "assets/");
    }

    /** Why the image {@code reference} cannot be shown from {@code assetsDir}, or empty when its file exists. */
    public static Optional<String> assetProblem(Path assetsDir, String reference) {
        reference = assetRelative(reference);
        Optional<String> refused = assetReferenceProblem(reference);
        if (refused.isPresent()) {
            return refused;
        }
        try {
            if (assetsDir != null && Files.isRegularFile(assetsDir.resolve(decode(reference)))) {
                return Optional.empty();
            }
        } catch (InvalidPathException e) {
            return Optional.of("image '" + reference + "' is not a valid file name");
        }
        return Optional.of("image '" + reference + "' not found: there is no assets/" + reference
                + " (image paths are relative to assets/)");
    }

    /** The image file for {@code reference}, or empty when it is refused or missing. */
    public static Optional<Path> resolveAsset(Path assetsDir, String reference) {
        reference = assetRelative(reference);
        if (assetProblem(assetsDir, reference).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(assetsDir.resolve(decode(reference)));
    }

    /**
     * Markdown image paths are URLs, so a space may be written {@code %20}; the file name is the decoded form.
     * Null when an escape is broken.
     */
    private static String decode(String reference) {
        if (reference.indexOf('%') < 0) {
            return reference;
        }
        try {
            return URLDecoder.decode(reference.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<String> escapeProblem(String ref, String what, String home) {
        String quoted = what + " '" + ref + "'";
        if (ref == null || ref.isBlank()) {
            return Optional.of(what + " path is empty");
        }
        if (SCHEME.matcher(ref).matches()) {
            // Also catches Windows drive paths (C:\...), which are absolute anyway.
            return Optional.of(quoted + " is a URL or drive path; lessons may only use files inside " + home
                    + " (the app works offline)");
        }
        if (ref.startsWith("/") || ref.startsWith("\\") || ref.startsWith("~")) {
            return Optional.of(quoted + " is an absolute path; write it relative to " + home);
        }
        if (ref.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of(what + " path '" + ref.replaceAll("\\p{Cntrl}", "?") + "' contains a control character");
        }
        if (ref.contains("\\")) {
            return Optional.of(quoted + " uses '\\'; write paths with '/'");
        }
        for (String segment : ref.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of(quoted + " leaves " + home + " ('..' is not allowed)");
            }
        }
        return Optional.empty();
    }
}
