package org.fanoutlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.ui.lab.common.MetricFigure;
import org.fanoutlab.ui.lab.common.LabText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lab's words live in {@code ui/lab/messages.properties}: every key the code asks for is there, and no
 * sentence a learner reads is left as a literal in {@code ui/lab} (a translation must not need a code change).
 */
class LabMessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/fanoutlab/ui/lab");
    private static final Pattern KEY = Pattern.compile("\"(lab\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");
    /** A literal of two or more words: a sentence, a label, a title. */
    private static final Pattern WORDS = Pattern.compile("\"[^\"]*\\p{L}+ \\p{L}+[^\"]*\"");
    /** A literal handed straight to a control's text. */
    private static final Pattern UI_TEXT = Pattern.compile(
            "(new (Label|Button|Tooltip|Tab|CheckBox|ToggleButton|MenuItem|MenuButton)|\\.set(Text|Title|Name|Label"
                    + "|PromptText|AccessibleText))\\(\"");
    private static final Properties BUNDLE = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = LabMessagesTest.class.getResourceAsStream("messages.properties")) {
            BUNDLE.load(in);
        }
    }

    @Test
    void everyKeyTheLabAsksForIsInItsBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path f : sources()) {
            Matcher m = KEY.matcher(Files.readString(f));
            while (m.find()) {
                if (!BUNDLE.containsKey(m.group(1)) && !m.group(1).equals("lab.css")) {
                    missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromNamesAreThereForEveryName() {
        // every figure of the catalogue has a plain-language label and meaning: the lab may show any of them
        for (Metric m : Metric.all()) {
            assertThat(BUNDLE).containsKeys("lab.metric." + m.id(), "lab.metric." + m.id() + ".meaning");
            assertThat(MetricFigure.of(m).label()).doesNotStartWith("!");
        }
        for (Model m : Model.values()) {
            assertThat(LabText.model(m)).doesNotStartWith("!");
        }
        for (String control : List.of("poll", "threshold", "fanoutRate", "cache", "followers", "postsPerHour")) {
            assertThat(BUNDLE).containsKeys("lab.control." + control, "lab.control." + control + ".tooltip");
        }
        for (String sweep : List.of("threshold", "interval")) {
            assertThat(BUNDLE).containsKeys("lab.sweep." + sweep + ".title", "lab.sweep." + sweep + ".hint",
                    "lab.sweep." + sweep + ".run");
        }
        for (String weight : List.of("cacheWrite", "readQuery", "cacheRead")) {
            assertThat(BUNDLE).containsKeys("lab.weights." + weight, "lab.weights." + weight + ".tooltip");
        }
        for (String phase : List.of("running", "finished", "stopped")) {
            assertThat(BUNDLE).containsKey("lab.compare.clock." + phase);
        }
    }

    @Test
    void noSentenceALearnerReadsIsALiteralInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : sources()) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean comment = line.startsWith("//") || line.startsWith("*") || line.startsWith("/*");
                // exception texts are for developers and logs; what reaches the learner is wrapped in a message
                boolean forDevelopers = line.contains("Exception(");
                if (!comment && !forDevelopers && (WORDS.matcher(line).find() || UI_TEXT.matcher(line).find())) {
                    found.add(f.getFileName() + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
