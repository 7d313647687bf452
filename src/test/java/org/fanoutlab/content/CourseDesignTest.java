package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped course keeps its teaching rules: predict first and never spoil the
 * prediction, quizzes right after what they test and never more than two in a row, no lab watched without a
 * question, and enough of each kind of interaction.
 */
class CourseDesignTest {
    private static final Path LESSONS = Path.of("lessons");
    private static Course course;

    @BeforeAll
    static void load() {
        course = CourseLoader.load(LESSONS);
        assertThat(course.problems()).isEmpty();
    }

    @Test
    void everyPredictionComesBeforeTheFirstLabThatRunsItsPreset() {
        Set<String> shown = new HashSet<>();
        List<String> spoiled = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            for (LessonBlock b : lesson.blocks()) {
                if (b instanceof LessonBlock.Lab lab) {
                    shown.add(lab.preset());
                } else if (b instanceof LessonBlock.QuizBlock q && q.quiz().body() instanceof PredictQuiz.Body p
                        && shown.contains(p.preset())) {
                    spoiled.add(lesson.file() + ":" + q.line() + " " + q.quiz().id() + " (" + p.preset() + ")");
                }
            }
        }
        assertThat(spoiled).as("predict quizzes placed after a lab of their preset").isEmpty();
    }

    @Test
    void noPresetDescriptionStatesTheFigureAQuizPredicts() throws Exception {
        List<String> spoiled = new ArrayList<>();
        for (Quiz quiz : allQuizzes()) {
            if (!(quiz.body() instanceof PredictQuiz.Body p)) {
                continue;
            }
            Path preset = course.preset(p.preset());
            double figure = PresetFigures.run(preset, p.metric());
            String description = ScenarioReader.read(preset).description();
            for (String written : writtenForms(figure)) {
                if (Pattern.compile("(?<![\\d.,])" + Pattern.quote(written) + "(?![\\d,]|\\.\\d)")
                        .matcher(description).find()) {
                    spoiled.add(quiz.id() + ": " + p.preset() + " says '" + written + "'");
                }
            }
        }
        assertThat(spoiled).as("preset descriptions that give away a predicted figure").isEmpty();
    }

    @Test
    void quizzesNeverPileUpMoreThanTwoInARow() {
        List<String> piles = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            int run = 0;
            for (LessonBlock b : lesson.blocks()) {
                if (b instanceof LessonBlock.QuizBlock q) {
                    run++;
                    if (run == 3) {
                        piles.add(lesson.file() + ":" + q.line());
                    }
                } else if (!(b instanceof LessonBlock.Text t && t.markdown().isBlank())) {
                    run = 0;
                }
            }
        }
        assertThat(piles).as("a third quiz in a row, with no text or lab between").isEmpty();
    }

    @Test
    void everyLabHasACheckpointOrAQuestionInItsOwnSection() {
        List<String> silent = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            for (List<LessonBlock> section : sections(lesson)) {
                boolean asks = section.stream().anyMatch(LessonBlock.QuizBlock.class::isInstance);
                section.stream().filter(LessonBlock.Lab.class::isInstance).map(LessonBlock.Lab.class::cast)
                        .filter(lab -> lab.checkpoints().isEmpty() && !asks)
                        .forEach(lab -> silent.add(lesson.file() + ":" + lab.line() + " " + lab.preset()));
            }
        }
        assertThat(silent).as("labs that nothing asks about").isEmpty();
    }

    @Test
    void theCourseUsesEveryKindOfInteractionOften() {
        List<Quiz> quizzes = allQuizzes();
        assertThat(quizzes.stream().filter(q -> q.type() == QuizType.CLASSIFY)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(quizzes.stream().filter(q -> q.type() == QuizType.ORDER)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(quizzes.stream().filter(q -> q.type() == QuizType.PREDICT)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(course.lessons().stream().mapToLong(l -> l.checkpoints().size()).sum())
                .isGreaterThanOrEqualTo(10);
        for (Lesson lesson : course.lessons()) {
            Set<QuizType> kinds = new LinkedHashSet<>();
            lesson.quizzes().forEach(q -> kinds.add(q.type()));
            assertThat(kinds).as("kinds of question in %s", lesson.file()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    private static List<Quiz> allQuizzes() {
        return course.lessons().stream().flatMap(l -> l.quizzes().stream()).toList();
    }

    /** The lesson's blocks cut at every second-level heading ("## …"). */
    private static List<List<LessonBlock>> sections(Lesson lesson) {
        List<List<LessonBlock>> out = new ArrayList<>();
        List<LessonBlock> current = new ArrayList<>();
        out.add(current);
        for (LessonBlock b : lesson.blocks()) {
            if (b instanceof LessonBlock.Text t) {
                for (String line : t.markdown().split("\n", -1)) {
                    if (line.startsWith("## ")) {
                        current = new ArrayList<>();
                        out.add(current);
                    }
                }
            }
            current.add(b);
        }
        return out;
    }

    /** How a text would likely write {@code v}: exact, rounded to a whole number, to one decimal, in millions. */
    private static Set<String> writtenForms(double v) {
        DecimalFormatSymbols en = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(new DecimalFormat("#,##0.######", en).format(v));
        forms.add(new DecimalFormat("#,##0", en).format(v));
        forms.add(new DecimalFormat("#,##0.#", en).format(v));
        if (Math.abs(v) >= 1_000_000) {
            forms.add(new DecimalFormat("#,##0.#", en).format(v / 1_000_000) + " million");
            forms.add(new DecimalFormat("#,##0.#", en).format(v / 1_000_000_000) + " billion");
        }
        return forms;
    }
}
