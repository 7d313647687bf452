package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.Course;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The card a paused run shows: Enter goes on after a sentence, and only after a verdict for a question. */
@ExtendWith(ApplicationExtension.class)
class CheckpointCardFxTest {
    private final FakeProgress progress = new FakeProgress();
    private final AtomicInteger continued = new AtomicInteger();
    private StackPane host;

    @Start
    void start(Stage stage) {
        FxTheme.apply();
        host = new StackPane();
        stage.setScene(new Scene(host, 700, 700));
        stage.show();
    }

    private CheckpointCard show(FxRobot robot, Checkpoint checkpoint) {
        Course course = new Course(List.of(), List.of(), java.nio.file.Path.of("scenarios"));
        CheckpointCard card = new CheckpointCard(checkpoint, q -> new QuizPanel(q, "hybrid", progress, course));
        robot.interact(() -> {
            card.setOnContinue(continued::incrementAndGet);
            host.getChildren().setAll(card);
            card.focusContent();
        });
        return card;
    }

    @Test
    void aSentenceGoesOnWithEnter(FxRobot robot) {
        CheckpointCard card = show(robot, new Checkpoint(30, "queue", "The queue fills **first**.", null, 12));

        assertThat(robot.lookup(".quiz-checkpoint-title").queryAs(Label.class).getText())
                .isEqualTo("At 0:30 of the run \u2013 Narration");
        assertThat(robot.lookup(".quiz-checkpoint-say").queryAs(SelectableText.class).text())
                .isEqualTo("The queue fills first.");
        assertThat(card.canContinue()).isTrue();
        robot.type(KeyCode.ENTER);

        assertThat(continued).hasValue(1);
    }

    @Test
    void aQuestionIsCheckedByTheFirstEnterAndGoesOnWithTheSecond(FxRobot robot) {
        CheckpointCard card = show(robot, new Checkpoint(45, "consumers", null, Quizzes.classify("cp-sort"), 15));
        Button go = robot.lookup(".quiz-checkpoint-buttons .button").queryButton();
        assertThat(go.isDisabled()).as("answer first").isTrue();

        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT2).type(KeyCode.DIGIT3).type(KeyCode.DIGIT1);
        robot.type(KeyCode.ENTER);
        assertThat(continued).as("the first Enter checks").hasValue(0);
        assertThat(card.panel().isAnswered()).isTrue();
        assertThat(robot.lookup(".quiz-verdict").queryAs(Label.class).getText()).isEqualTo("Right");
        assertThat(progress.lastAnswer("cp-sort").orElseThrow().answer()).isEqualTo("1, 2, 3, 1");
        assertThat(go.isDisabled()).isFalse();

        robot.type(KeyCode.ENTER);
        assertThat(continued).hasValue(1);
    }

    @Test
    void withoutAHostToResumeThereIsNoContinue(FxRobot robot) {
        Course course = new Course(List.of(), List.of(), java.nio.file.Path.of("scenarios"));
        CheckpointCard card = new CheckpointCard(new Checkpoint(5, null, "Posts arrive.", null, 1),
                q -> new QuizPanel(q, "l", progress, course));
        robot.interact(() -> host.getChildren().setAll(card));

        assertThat(robot.lookup(".quiz-checkpoint-buttons").query().isVisible()).isFalse();
    }
}
