package org.fanoutlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.content.Lesson;
import org.fanoutlab.content.LessonBlock;
import org.fanoutlab.progress.LessonStatus;
import org.fanoutlab.progress.ProgressStore.ReadingPosition;
import org.fanoutlab.ui.quiz.FakeProgress;
import org.fanoutlab.ui.quiz.Quizzes;
import org.junit.jupiter.api.Test;

class LessonScreenViewModelTest {
    private final FakeProgress progress = new FakeProgress();
    private final Course course = new Course(List.of(
            lesson("intro", "01-intro.md"),
            new Lesson("pull", "Pull", "The consumer asks.", "02-pull.md", List.of(
                    new LessonBlock.Text("Text", 5),
                    new LessonBlock.QuizBlock(Quizzes.single("pull-1"), 8),
                    new LessonBlock.QuizBlock(Quizzes.numeric("pull-2"), 20),
                    new LessonBlock.QuizBlock(Quizzes.trueFalse("pull-3"), 30),
                    new LessonBlock.QuizBlock(Quizzes.multiple("pull-4"), 40))),
            lesson("push", "03-push.md")),
            List.of(new FileProblem("04-broken.md", 3, 7, "unknown key 'hnit'")), Path.of("scenarios"));

    private static Lesson lesson(String id, String file) {
        return new Lesson(id, id.toUpperCase(), "About " + id, file, List.of(new LessonBlock.Text("# " + id, 5)));
    }

    @Test
    void listShowsEveryLessonNotStartedWithItsQuizCount() {
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        assertThat(vm.entriesProperty()).extracting(LessonScreenViewModel.Entry::id).containsExactly("intro", "pull", "push");
        assertThat(vm.entriesProperty()).extracting(LessonScreenViewModel.Entry::statusText)
                .containsOnly("Not started");
        assertThat(vm.entriesProperty().get(1).scoreText()).isEqualTo("0/4");
        assertThat(vm.entriesProperty().get(0).scoreText()).as("no quizzes, no score").isEmpty();
    }

    @Test
    void scoresCountRightAnswersAndStatusFollowsTheStore() {
        progress.recordAnswer("pull", "pull-1", "B", true);
        progress.recordAnswer("pull", "pull-2", "119", true);
        progress.recordAnswer("pull", "pull-3", "true", true);
        progress.recordAnswer("pull", "pull-4", "A", false);
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        LessonScreenViewModel.Entry pull = vm.entriesProperty().get(1);
        assertThat(pull.scoreText()).isEqualTo("3/4");
        assertThat(pull.status()).isEqualTo(LessonStatus.IN_PROGRESS);
        assertThat(pull.statusText()).isEqualTo("In progress");

        progress.recordAnswer("pull", "pull-4", "A, C", true);
        vm.refresh();
        assertThat(vm.entriesProperty().get(1).scoreText()).isEqualTo("4/4");
        assertThat(vm.entriesProperty().get(1).statusText()).isEqualTo("Done");
    }

    @Test
    void openingMarksTheLessonOpenedAndSetsItsNeighbours() {
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        assertThat(vm.open("pull")).isTrue();
        assertThat(vm.currentProperty().get().id()).isEqualTo("pull");
        assertThat(vm.previous().id()).isEqualTo("intro");
        assertThat(vm.next().id()).isEqualTo("push");
        assertThat(vm.entriesProperty().get(1).status()).isEqualTo(LessonStatus.IN_PROGRESS);

        vm.openNext();
        assertThat(vm.currentProperty().get().id()).isEqualTo("push");
        assertThat(vm.next()).isNull();
        vm.openNext();
        assertThat(vm.currentProperty().get().id()).isEqualTo("push");
        vm.openPrevious();
        vm.openPrevious();
        assertThat(vm.currentProperty().get().id()).isEqualTo("intro");
        assertThat(vm.previous()).isNull();
    }

    @Test
    void unknownLessonKeepsTheCurrentOneAndSaysSo() {
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        vm.open("intro");
        assertThat(vm.open("broken")).isFalse();
        assertThat(vm.currentProperty().get().id()).isEqualTo("intro");
        assertThat(vm.messageProperty().get()).contains("\u201cbroken\u201d").contains("problems");
    }

    @Test
    void initialLessonIsWhereTheLearnerWasAtTheSameScroll() {
        progress.savePosition(new ReadingPosition("push", 0.6));
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        vm.openInitial();
        assertThat(vm.currentProperty().get().id()).isEqualTo("push");
        assertThat(vm.openingScroll()).isEqualTo(0.6);
    }

    @Test
    void initialLessonIsTheFirstWhenNothingWasRead() {
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        vm.openInitial();
        assertThat(vm.currentProperty().get().id()).isEqualTo("intro");
        assertThat(vm.openingScroll()).isZero();
    }

    @Test
    void scrollingIsSavedOnFlushOnlyWhenItMoved() {
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        vm.open("pull");
        int writesAfterOpen = progress.positionWrites;
        vm.scrolled(0.2);
        vm.scrolled(0.45);
        assertThat(progress.positionWrites).as("no write per scroll event").isEqualTo(writesAfterOpen);
        vm.flushPosition();
        assertThat(progress.position()).contains(new ReadingPosition("pull", 0.45));
        vm.flushPosition();
        assertThat(progress.positionWrites).isEqualTo(writesAfterOpen + 1);
    }

    @Test
    void switchingLessonsSavesThePendingPositionFirst() {
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        vm.open("pull");
        vm.scrolled(0.7);
        vm.open("push");
        assertThat(progress.position()).contains(new ReadingPosition("push", 0.0));
        vm.open("pull");
        assertThat(vm.openingScroll()).as("only the last lesson's position is kept").isZero();
        vm.scrolled(0.3);
        vm.flushPosition();
        LessonScreenViewModel later = new LessonScreenViewModel(course, progress);
        later.openInitial();
        assertThat(later.currentProperty().get().id()).isEqualTo("pull");
        assertThat(later.openingScroll()).isEqualTo(0.3);
    }

    @Test
    void markDoneMarksTheOpenLesson() {
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        vm.open("intro");
        assertThat(vm.currentDoneProperty().get()).isFalse();
        vm.markDone();
        assertThat(vm.currentDoneProperty().get()).isTrue();
        assertThat(vm.entriesProperty().get(0).statusText()).isEqualTo("Done");
    }

    @Test
    void linksToAnotherLessonsFileResolveToItsId() {
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        assertThat(vm.lessonForLink("02-pull.md")).contains("pull");
        assertThat(vm.lessonForLink("./03-push.md#costs")).contains("push");
        assertThat(vm.lessonForLink("https://example.org/02-pull.md")).isEmpty();
        assertThat(vm.lessonForLink("99-none.md")).isEmpty();
        assertThat(vm.lessonForLink("../assets/x.png")).isEmpty();
    }

    @Test
    void problemsReadAsFileLineColumnMessage() {
        LessonScreenViewModel vm = new LessonScreenViewModel(course, progress);
        assertThat(vm.problems()).containsExactly("04-broken.md:3:7: unknown key 'hnit'");
    }
}
