package org.fanoutlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Figures on screen are written in the UI's language through one place, {@code ui.common.NumberInput}
 * (docs/decisions/0011-ui-language.md): no other UI source groups thousands or writes decimals itself, which would
 * show "1,234.5" to a Spanish learner. Digits without separators ("%d:%02d", a clock) read the same everywhere and
 * are fine; so are the files the Lab writes, which must stay locale-neutral.
 */
class UiFiguresTest {
    private static final Path UI = Path.of("src/main/java/org/fanoutlab/ui");
    /** The one place, and what programs read ('.' decimals in every language), with the reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "common/NumberInput.java", "the one place",
            "lab/live/MetricsCsv.java", "the Lab's CSV export, a file",
            "stage/FrameStats.java", "the --fps-probe line printed for scripts");
    /** A grouping or decimal conversion in a format pattern, or a formatter of the JDK's. */
    private static final Pattern OWN_FORMATTING = Pattern.compile(
            "\"[^\"\\n]*%[-#+ 0(]*,[^\"\\n]*\"|\"[^\"\\n]*%[-#+ 0,(]*\\d*\\.?\\d*[fgeFGE][^\"\\n]*\"|\\bnew DecimalFormat\\("
                    + "|\\bNumberFormat\\.get|\\.asString\\(\"[^\"]*%");

    @Test
    void figuresOnScreenAreWrittenByNumberInput() throws IOException {
        Map<String, List<String>> byPackage = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(UI)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            String relative = UI.relativize(source).toString().replace('\\', '/');
            if (ALLOWED.containsKey(relative)) {
                continue;
            }
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.startsWith("//") && !line.startsWith("*") && OWN_FORMATTING.matcher(line).find()) {
                    String pkg = UI.relativize(source.getParent()).toString().replace('\\', '/');
                    byPackage.computeIfAbsent(pkg, k -> new ArrayList<>())
                            .add(source.getFileName() + ":" + (i + 1) + ": " + line);
                }
            }
        }
        String report = byPackage.entrySet().stream()
                .map(e -> "ui/" + e.getKey() + ": " + e.getValue().size() + " place(s)\n    "
                        + String.join("\n    ", e.getValue()))
                .collect(Collectors.joining("\n"));
        assertThat(byPackage).as("Write these figures with NumberInput (formatWhole, formatDecimal, trim, "
                + "formatSeconds, formatPercent), which follows the UI's language:\n" + report).isEmpty();
    }

    @Test
    void theRuleSeesGroupingAndDecimalsButNotPlainDigits() {
        assertThat(OWN_FORMATTING.matcher("String.format(Locale.ROOT, \"%,d\", v)").find()).isTrue();
        assertThat(OWN_FORMATTING.matcher("String.format(Locale.ROOT, \"%.1f min\", s / 60)").find()).isTrue();
        assertThat(OWN_FORMATTING.matcher("new DecimalFormat(\"#,##0\", symbols)").find()).isTrue();
        assertThat(OWN_FORMATTING.matcher("vm.missedProperty().asString(\"Retry missed (%d)\")").find()).isTrue();
        assertThat(OWN_FORMATTING.matcher("String.format(Locale.ROOT, \"%d:%02d\", m, s)").find()).isFalse();
        assertThat(OWN_FORMATTING.matcher("Messages.format(\"lab.clock\", a, b)").find()).isFalse();
    }
}
