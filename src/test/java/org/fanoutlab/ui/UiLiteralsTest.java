package org.fanoutlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a learner reads comes from a bundle (docs/decisions/0011-ui-language.md): no string literal in the UI's
 * main sources looks like text for people. A literal does when, once format conversions ({@code %s}) and
 * placeholders ({@code {0}}) are taken out, it holds a word and a space ("cache writes"), or starts with a capital
 * ("Pause"). Exception messages (a {@code throw} statement) are for developers and are not looked at; the few
 * literals below that match and are not text for people are listed with the reason.
 */
class UiLiteralsTest {
    private static final Path UI = Path.of("src/main/java/org/fanoutlab/ui");

    /** Literals that look like words but are read by a program, never by a learner. Keep it short and honest. */
    private static final List<Allowed> NOT_TEXT = List.of(
            new Allowed("(Shortcut|Ctrl|Alt|Shift|Meta)(\\+[^+\\s]+)+|Shortcut\\+",
                    "a key combination for KeyCombination.valueOf, shown by JavaFX in the platform's key names"),
            new Allowed("F[0-9]{1,2}", "a function key for KeyCombination.valueOf"),
            new Allowed("System", "JavaFX's name for the platform's UI font family, for Font.font; never shown"),
            new Allowed("[a-z][A-Za-z0-9]*=%[^ ]+( [a-z][A-Za-z0-9]*=%[^ ]+)*",
                    "a key=value line --fps-probe prints for scripts: command-line output stays locale-neutral"));

    private static final Pattern CONVERSION = Pattern.compile("%[-#+ 0,(\\d.]*[a-zA-Z%]|\\{\\d+[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");
    private static final Pattern CAPITAL = Pattern.compile("(?s)\\p{Lu}.*");

    record Allowed(String pattern, String why) {
        boolean matches(String literal) {
            return literal.matches(pattern);
        }
    }

    /** A string literal found in a source file. */
    record Literal(Path file, int line, String text, boolean inThrow) {
    }

    @Test
    void noUserFacingStringLiteralIsLeftInTheUi() throws IOException {
        Map<String, List<String>> byPackage = new TreeMap<>();
        for (Path source : sources()) {
            for (Literal l : literals(source)) {
                if (looksLikeText(l.text()) && !l.inThrow() && NOT_TEXT.stream().noneMatch(a -> a.matches(l.text()))) {
                    String pkg = UI.relativize(source.getParent()).toString().replace('\\', '/');
                    byPackage.computeIfAbsent(pkg, k -> new ArrayList<>())
                            .add(source.getFileName() + ":" + l.line() + ": \"" + l.text() + "\"");
                }
            }
        }
        String report = byPackage.entrySet().stream()
                .map(e -> "ui/" + e.getKey() + ": " + e.getValue().size() + " literal(s)\n    "
                        + String.join("\n    ", e.getValue()))
                .collect(Collectors.joining("\n"));
        assertThat(byPackage).as("Put these in the feature's messages.properties and read them with Messages:\n"
                + report).isEmpty();
    }

    @Test
    void theRuleSeesTextButNotKeysIdsStyleClassesOrPatterns() {
        assertThat(looksLikeText("Pause")).isTrue();
        assertThat(looksLikeText(" cache writes queued for ")).isTrue();
        assertThat(looksLikeText("'s post")).isTrue();
        assertThat(looksLikeText("guide.answer.none")).isFalse();
        assertThat(looksLikeText("nav-button")).isFalse();
        assertThat(looksLikeText("/org/fanoutlab/ui/shell/shell.css")).isFalse();
        assertThat(looksLikeText("%d:%02d:%02d")).isFalse();
        assertThat(looksLikeText("%s (%s)")).isFalse();
        assertThat(looksLikeText("{0}  ({1})")).isFalse();
        assertThat(looksLikeText(" \\u2013 ")).as("a dash between spaces").isFalse();
        assertThat(looksLikeText("Reset progress\\u2026")).isTrue();
        assertThat(NOT_TEXT.stream().anyMatch(a -> a.matches("Shortcut+Shift+E"))).isTrue();
        assertThat(NOT_TEXT.stream().anyMatch(a -> a.matches("Start over"))).isFalse();
        assertThat(NOT_TEXT.stream().anyMatch(a -> a.matches("fps=%.1f p95FrameMs=%.1f"))).isTrue();
        assertThat(NOT_TEXT.stream().anyMatch(a -> a.matches("Systems are down"))).isFalse();
        assertThat(NOT_TEXT.stream().anyMatch(a -> a.matches("Delay=%s seconds"))).isFalse();
    }

    @Test
    void literalsAreFoundInCodeButNotInCommentsOrCharacters() {
        String code = """
                // "In a comment"
                /* "In a block comment" */
                char c = '"';
                String s = "Real text";
                String t = \"""
                    A text block
                    \""";
                throw new IllegalStateException("For developers");
                """;
        List<Literal> found = literals(Path.of("X.java"), code);
        assertThat(found).extracting(Literal::text)
                .containsExactly("Real text", "    A text block\n    ", "For developers");
        assertThat(found).extracting(Literal::inThrow).containsExactly(false, false, true);
        assertThat(found.get(0).line()).isEqualTo(4);
    }

    static boolean looksLikeText(String literal) {
        String words = CONVERSION.matcher(unescape(literal)).replaceAll("");
        return (LETTER.matcher(words).find() && SPACE.matcher(words).find()) || CAPITAL.matcher(words).matches();
    }

    /** The characters the literal stands for: "\\u2013" is a dash, not the letter u. */
    private static String unescape(String literal) {
        Matcher m = UNICODE_ESCAPE.matcher(literal);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString().replace("\\n", "\n").replace("\\t", "\t");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(UI)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<Literal> literals(Path file) throws IOException {
        return literals(file, Files.readString(file));
    }

    /** The string literals and text blocks of {@code src}, skipping comments and character literals. */
    static List<Literal> literals(Path file, String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int open = src.indexOf('\n', i) + 1;
                int end = src.indexOf("\"\"\"", open);
                out.add(new Literal(file, line, src.substring(open, end), inThrow(src, i)));
                line += count(src, i, end + 3);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c) {
                    if (src.charAt(j) == '\\') {
                        text.append(src, j, j + 2);
                        j += 2;
                    } else {
                        text.append(src.charAt(j++));
                    }
                }
                if (c == '"') {
                    out.add(new Literal(file, line, text.toString(), inThrow(src, i)));
                }
                i = j + 1;
            } else {
                if (c == '\n') {
                    line++;
                }
                i++;
            }
        }
        return out;
    }

    /** Whether the statement the literal at {@code at} belongs to is a {@code throw}. */
    private static boolean inThrow(String src, int at) {
        int start = at;
        while (start > 0 && ";{}".indexOf(src.charAt(start - 1)) < 0) {
            start--;
        }
        return src.substring(start, at).strip().startsWith("throw ");
    }

    private static int count(String src, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (src.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
