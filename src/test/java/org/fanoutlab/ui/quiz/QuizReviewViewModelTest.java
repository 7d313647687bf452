package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.Lesson;
import org.fanoutlab.content.LessonBlock;
import org.fanoutlab.ui.quiz.QuizReviewViewModel.Group;
import org.fanoutlab.ui.quiz.QuizReviewViewModel.Result;
import org.fanoutlab.ui.quiz.QuizReviewViewModel.Row;
import org.junit.jupiter.api.Test;

class QuizReviewViewModelTest {
    private final FakeProgress progress = new FakeProgress();
    private final Course course = new Course(List.of(
            new Lesson("pull", "Pull", "s", "02-pull.md", List.of(
                    new LessonBlock.QuizBlock(Quizzes.single("pull-1"), 1),
                    new LessonBlock.QuizBlock(Quizzes.numeric("pull-2"), 2))),
            new Lesson("intro", "Intro", "s", "01-intro.md", List.of(new LessonBlock.Text("no quizzes", 1))),
            new Lesson("push", "Push", "s", "03-push.md", List.of(
                    new LessonBlock.QuizBlock(Quizzes.multiple("push-1"), 1),
                    new LessonBlock.QuizBlock(Quizzes.trueFalse("push-2"), 2)))),
            List.of(), Path.of("scenarios"));

    @Test
    void everyQuestionIsGroupedByLessonWithItsLastAnswer() {
        progress.recordAnswer("pull", "pull-1", "B", true);
        progress.recordAnswer("push", "push-1", "A", false);
        QuizReviewViewModel vm = new QuizReviewViewModel(course, progress);

        assertThat(vm.groupsProperty()).extracting(Group::lessonId).containsExactly("pull", "push");
        Group pull = vm.groupsProperty().get(0);
        assertThat(pull.rows()).extracting(Row::result).containsExactly(Result.RIGHT, Result.NOT_ANSWERED);
        assertThat(pull.rows().get(0).answer()).isEqualTo("B");
        assertThat(pull.scoreText()).isEqualTo("1 of 2 right");
        assertThat(vm.groupsProperty().get(1).rows()).extracting(Row::result)
                .containsExactly(Result.WRONG, Result.NOT_ANSWERED);
        assertThat(vm.scoreProperty().get().text()).isEqualTo("1 of 4 right");
        assertThat(vm.scoreProperty().get().missed()).isEqualTo(1);
    }

    @Test
    void classifyAndOrderAnswersReadInWordsAndCheckpointQuestionsSayWhereTheyAre() {
        Course withNewTypes = new Course(List.of(new Lesson("models", "Models", "s", "01-models.md", List.of(
                new LessonBlock.QuizBlock(Quizzes.classify("sort"), 1),
                new LessonBlock.Lab("hybrid", null, List.of(
                        new Checkpoint(30, "queue", "The queue fills.", null, 3),
                        new Checkpoint(3725, "caches", null, Quizzes.order("read"), 6)), 2)))),
                List.of(), Path.of("scenarios"));
        progress.recordAnswer("models", "sort", "1, 1, 3, 1", false);
        progress.recordAnswer("models", "read", "3, 1, 2", false);

        List<Row> rows = new QuizReviewViewModel(withNewTypes, progress).groupsProperty().get(0).rows();

        assertThat(rows).extracting(r -> r.quiz().id()).containsExactly("sort", "read");
        assertThat(rows.get(0).answerWords()).isEqualTo(
                "APNs \u2192 Push; RSS reader \u2192 Push; Twitter home timeline \u2192 Hybrid; Webhook \u2192 Push");
        assertThat(rows.get(0).checkpointText()).isEmpty();
        assertThat(rows.get(1).answerWords())
                .isEqualTo("1. Merge by time; 2. Read the feed cache; 3. Fetch the celebrity posts");
        assertThat(rows.get(1).checkpointText()).isEqualTo("Checkpoint at 1:02:05 of the run");
    }

    @Test
    void onlyMissedShowsWrongAnswersButKeepsFullScores() {
        progress.recordAnswer("pull", "pull-1", "B", true);
        progress.recordAnswer("pull", "pull-2", "120", false);
        progress.recordAnswer("push", "push-2", "true", true);
        QuizReviewViewModel vm = new QuizReviewViewModel(course, progress);
        vm.setOnlyMissed(true);

        assertThat(vm.groupsProperty()).extracting(Group::lessonId).containsExactly("pull");
        Group pull = vm.groupsProperty().get(0);
        assertThat(pull.rows()).extracting(r -> r.quiz().id()).containsExactly("pull-2");
        assertThat(pull.scoreText()).isEqualTo("1 of 2 right");
        assertThat(vm.scoreProperty().get().text()).isEqualTo("2 of 4 right");

        vm.setOnlyMissed(false);
        assertThat(vm.groupsProperty()).hasSize(2);
    }

    @Test
    void retryListHoldsTheMissedQuizzesInCourseOrder() {
        progress.recordAnswer("push", "push-2", "false", false);
        progress.recordAnswer("pull", "pull-2", "1", false);
        progress.recordAnswer("push", "push-1", "A, C", true);
        QuizReviewViewModel vm = new QuizReviewViewModel(course, progress);
        assertThat(vm.missedRows()).extracting(r -> r.quiz().id()).containsExactly("pull-2", "push-2");

        progress.recordAnswer("pull", "pull-2", "119", true);
        vm.refresh();
        assertThat(vm.missedRows()).extracting(r -> r.quiz().id()).containsExactly("push-2");
    }

    @Test
    void resetForgetsEveryAnswer() {
        progress.recordAnswer("pull", "pull-1", "B", true);
        progress.recordAnswer("pull", "pull-2", "1", false);
        QuizReviewViewModel vm = new QuizReviewViewModel(course, progress);
        vm.reset();
        assertThat(progress.answers()).isEmpty();
        assertThat(vm.scoreProperty().get().text()).isEqualTo("0 of 4 right");
        assertThat(vm.missedRows()).isEmpty();
        assertThat(vm.groupsProperty()).flatExtracting(Group::rows).extracting(Row::result)
                .containsOnly(Result.NOT_ANSWERED);
    }

    @Test
    void onlyMissedWithNothingMissedShowsNoGroups() {
        progress.recordAnswer("pull", "pull-1", "B", true);
        QuizReviewViewModel vm = new QuizReviewViewModel(course, progress);
        vm.setOnlyMissed(true);
        assertThat(vm.groupsProperty()).isEmpty();
    }
}
