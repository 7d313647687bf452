package org.fanoutlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fanoutlab.ui.common.StyleClass;
import org.fanoutlab.ui.quiz.InlineMarkdown;
import org.fanoutlab.ui.stage.StageCanvas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule a feature's stylesheet writes for one of its own classes reaches a node: the class is one of the
 * feature's {@link StyleClass} constants, or starts with one of the feature's declared {@code *_PREFIX}es (numbered
 * classes such as {@code class-part-2}). A selector left behind by a rename, or a rule for a class no code sets any
 * more, fails here instead of quietly styling nothing.
 */
class StyleClassesTest {

    /** Classes of these prefixes that a control sets on itself, outside the feature's enum. */
    private static final Set<String> SET_ELSEWHERE = Set.of(InlineMarkdown.CODE, StageCanvas.STYLE);

    static Stream<Arguments> stylesheets() {
        return Stream.of(
                Arguments.of("/org/fanoutlab/ui/classroom/classroom.css", List.of("classroom.ClassroomStyles")),
                Arguments.of("/org/fanoutlab/ui/guide/guide.css", List.of("guide.GuideStyles")),
                Arguments.of("/org/fanoutlab/ui/lab/lab.css", List.of("lab.common.LabStyles")),
                Arguments.of("/org/fanoutlab/ui/lanes/lanes.css", List.of("lanes.LanesStyles")),
                Arguments.of("/org/fanoutlab/ui/lesson/lesson.css",
                        List.of("lesson.LessonStyles", "lesson.MarkdownStyles", "lesson.LabCardStyles")),
                Arguments.of("/org/fanoutlab/ui/quiz/quiz.css", List.of("quiz.QuizStyles")),
                Arguments.of("/org/fanoutlab/ui/stage/stage.css", List.of("stage.StageStyles")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stylesheets")
    void everyRuleReachesANode(String stylesheet, List<String> enums) throws Exception {
        Set<String> prefixes = new HashSet<>();
        Set<String> set = new HashSet<>(SET_ELSEWHERE);
        List<String> numbered = new ArrayList<>();
        for (String e : enums) {
            Class<?> type = Class.forName("org.fanoutlab.ui." + e);
            for (Object constant : type.getEnumConstants()) {
                StyleClass style = (StyleClass) constant;
                prefixes.add(style.prefix());
                set.add(style.css());
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().endsWith("PREFIX")) {
                    f.setAccessible(true);
                    numbered.add((String) f.get(null));
                }
            }
        }
        String css = read(stylesheet).replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> unreached = new HashSet<>();
        for (String prefix : prefixes) {
            Matcher m = Pattern.compile("\\.(" + Pattern.quote(prefix) + "[\\w-]+)").matcher(css);
            while (m.find()) {
                String name = m.group(1);
                if (!set.contains(name) && numbered.stream().noneMatch(name::startsWith)) {
                    unreached.add(name);
                }
            }
        }
        assertThat(unreached).as("classes %s styles that no code sets", stylesheet).isEmpty();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = StyleClassesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
