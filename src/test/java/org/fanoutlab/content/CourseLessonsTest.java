package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.fanoutlab.content.problem.FileProblem;

/** The course as shipped: every lesson and preset in the repository's lessons/ folder passes check-lessons. */
class CourseLessonsTest {
    private static final Path LESSONS = Path.of("lessons");

    @Test
    void theShippedLessonsAndPresetsHaveNoProblems() {
        Course course = CourseLoader.load(LESSONS);

        assertThat(course.problems()).extracting(FileProblem::toString).isEmpty();
        assertThat(course.lessons()).isNotEmpty();
    }

    @Test
    void everyPredictQuizHasAFigureTheEngineCanProduce() throws Exception {
        Course course = CourseLoader.load(LESSONS);

        for (Quiz quiz : course.lessons().stream().flatMap(l -> l.quizzes().stream()).toList()) {
            if (quiz.body() instanceof PredictQuiz.Body p) {
                double figure = PresetFigures.run(course.preset(p.preset()), p.metric());
                assertThat(figure).as("quiz %s", quiz.id()).isFinite();
            }
        }
    }
}
