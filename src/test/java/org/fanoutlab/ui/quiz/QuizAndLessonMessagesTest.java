package org.fanoutlab.ui.quiz;

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
import org.fanoutlab.content.QuizType;
import org.fanoutlab.ui.common.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every word the quiz and lesson screens ask for is in their bundles, under their own prefix, so no screen shows a
 * "!missing.key!" and no key clashes with another feature's.
 */
class QuizAndLessonMessagesTest {
    private static final Pattern ANY_KEY = Pattern.compile("\"((?:quiz|lesson)\\.[a-z][A-Za-z0-9.-]*[A-Za-z0-9])\"");

    private static Properties bundle(String feature) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/fanoutlab/ui/" + feature + "/messages.properties")) {
            assertThat(in).as(feature + " bundle").isNotNull();
            p.load(in);
        }
        return p;
    }

    private static List<String> keysUsedIn(String feature) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/fanoutlab/ui", feature))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ANY_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".css")) { // stylesheet names, not keys
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheScreensUseIsInTheirBundle() throws IOException {
        Properties quiz = bundle("quiz");
        Properties lesson = bundle("lesson");
        List<String> used = new ArrayList<>(keysUsedIn("quiz"));
        used.addAll(keysUsedIn("lesson"));
        for (QuizType t : QuizType.values()) {
            used.add("quiz.kind." + t.id()); // read as "quiz.kind." + type id
        }
        assertThat(used).hasSizeGreaterThan(80);
        for (String key : used) {
            Properties owner = key.startsWith("quiz.") ? quiz : lesson;
            assertThat(owner.getProperty(key)).as(key).isNotNull();
            assertThat(Messages.get(key)).as(key).doesNotStartWith("!");
        }
    }

    @Test
    void eachBundleKeepsToItsOwnPrefix() throws IOException {
        assertThat(bundle("quiz").stringPropertyNames()).allMatch(k -> k.startsWith("quiz."));
        assertThat(bundle("lesson").stringPropertyNames()).allMatch(k -> k.startsWith("lesson."));
    }

    @Test
    void formattedMessagesTakeTheirArguments() {
        assertThat(Messages.format("quiz.order.moved", "Merge", 1, 3)).isEqualTo("Moved \u201cMerge\u201d to position 1 of 3.");
        assertThat(Messages.format("lesson.lab.checkpoints", 1)).isEqualTo("Along this run: 1 stop");
        assertThat(Messages.format("lesson.lab.checkpoints", 4)).isEqualTo("Along this run: 4 stops");
        assertThat(Messages.format("lesson.problems", 2)).startsWith("2 problems in the lessons folder");
    }
}
