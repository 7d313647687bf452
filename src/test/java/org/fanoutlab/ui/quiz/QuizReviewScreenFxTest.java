package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.Lesson;
import org.fanoutlab.content.LessonBlock;
import org.fanoutlab.progress.ProgressStore;
import org.fanoutlab.ui.common.Navigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QuizReviewScreenFxTest {
    @TempDir
    Path dataDir;

    private StackPane host;
    private final List<String> opened = new ArrayList<>();
    private final Course course = new Course(List.of(
            new Lesson("pull", "Pull", "s", "01-pull.md", List.of(
                    new LessonBlock.QuizBlock(Quizzes.single("pull-1"), 1),
                    new LessonBlock.QuizBlock(Quizzes.numeric("pull-2"), 2)))),
            List.of(), Path.of("scenarios"));

    @Start
    void start(Stage stage) {
        FxTheme.apply();
        host = new StackPane();
        stage.setScene(new Scene(host, 1000, 700));
        stage.show();
    }

    private QuizReviewScreen show(FxRobot robot, ProgressStore store, AtomicBoolean confirm) {
        QuizReviewScreen[] screen = new QuizReviewScreen[1];
        robot.interact(() -> {
            screen[0] = new QuizReviewScreen(course, LearnerProgress.of(store), new Navigator() {
                public void openLesson(String id) { opened.add(id); }
                public void openLab(String p) { }
                public void openQuizReview() { }
                public void openGuide() { }
                public void status(String m) { }
            });
            screen[0].setConfirmReset(confirm::get);
            host.getChildren().setAll((Parent) screen[0].view());
        });
        return screen[0];
    }

    @Test
    void retryMissedThenBackShowsTheNewResult(FxRobot robot) {
        ProgressStore store = ProgressStore.open(dataDir);
        store.recordAnswer("pull", "pull-1", "A", false);
        show(robot, store, new AtomicBoolean(false));
        assertThat(robot.lookup(".quiz-review-total").nth(0).queryAs(Label.class).getText()).isEqualTo("Quiz review");
        assertThat(robot.lookup(".quiz-review-score").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("0 of 2 right");

        robot.clickOn("Retry missed (1)");
        assertThat(robot.lookup(".quiz-panel").queryAll()).hasSize(1);
        assertThat(robot.lookup(".quiz-result").query().isVisible()).as("starts fresh").isFalse();
        robot.interact(() -> robot.lookup(".quiz-panel").query().requestFocus());
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        assertThat(robot.lookup(".quiz-verdict").queryAs(Label.class).getText()).isEqualTo("Right");

        robot.clickOn("Back to the review");
        assertThat(robot.lookup(".quiz-review-score").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("1 of 2 right");
        assertThat(robot.lookup("Retry missed (0)").queryButton().isDisabled()).isTrue();

        robot.clickOn("Open lesson");
        assertThat(opened).containsExactly("pull");
    }

    @Test
    void resetAsksFirstAndOnlyThenForgetsEverything(FxRobot robot) {
        ProgressStore store = ProgressStore.open(dataDir);
        store.recordAnswer("pull", "pull-1", "B", true);
        AtomicBoolean confirm = new AtomicBoolean(false);
        show(robot, store, confirm);

        robot.clickOn("Reset progress\u2026");
        assertThat(store.answers()).as("cancelled").hasSize(1);

        confirm.set(true);
        robot.clickOn("Reset progress\u2026");
        assertThat(store.answers()).isEmpty();
        assertThat(ProgressStore.open(dataDir).answers()).as("saved").isEmpty();
        assertThat(robot.lookup(".quiz-review-state").queryAllAs(Label.class)).extracting(Label::getText)
                .containsOnly("Not answered");
    }
}
