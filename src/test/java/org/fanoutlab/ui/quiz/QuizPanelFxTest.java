package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fanoutlab.content.Quiz;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class QuizPanelFxTest {
    private final FakeProgress progress = new FakeProgress();
    private final ExecutorService engine = Executors.newSingleThreadExecutor();
    private StackPane host;

    @Start
    void start(Stage stage) {
        FxTheme.apply();
        host = new StackPane();
        host.setPrefSize(700, 600);
        stage.setScene(new Scene(host));
        stage.show();
    }

    @AfterEach
    void stopEngine() {
        engine.shutdownNow();
    }

    private QuizPanel show(FxRobot robot, Quiz quiz, QuizPanelViewModel.Figure figure) {
        QuizPanel panel = new QuizPanel(new QuizPanelViewModel(quiz, "pull", progress, new TestGrading(), figure,
                engine, Platform::runLater));
        robot.interact(() -> {
            host.getChildren().setAll(panel);
            panel.requestFocus();
        });
        return panel;
    }

    private static Label verdict(FxRobot robot) {
        return robot.lookup(".quiz-verdict").queryAs(Label.class);
    }

    @Test
    void digitThenEnterAnswersAndShowsTheVerdictInWords(FxRobot robot) {
        show(robot, Quizzes.single("q"), q -> 0);
        robot.type(KeyCode.DIGIT2);
        assertThat(robot.lookup(".quiz-option").queryAllAs(RadioButton.class))
                .extracting(RadioButton::isSelected).containsExactly(false, true, false);
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup(".quiz-result").query().isVisible()).isTrue();
        assertThat(verdict(robot).getText()).isEqualTo("Right");
        assertThat(robot.lookup(".quiz-feedback").queryAs(SelectableText.class).text()).isEqualTo("Yes: the consumer asks.");
        assertThat(progress.lastAnswer("q").orElseThrow().answer()).isEqualTo("B");
        Button again = robot.lookup("Try again").queryButton();
        assertThat(again.isVisible()).isTrue();
    }

    @Test
    void aBadNumberShowsAMessageAndCheckStaysOff(FxRobot robot) {
        show(robot, Quizzes.numeric("n"), q -> 0);
        robot.clickOn(".text-field").write("12x");
        Label message = robot.lookup(".quiz-validation").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("is not a number");
        assertThat(robot.lookup("Check").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(progress.answers()).isEmpty();

        robot.type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(verdict(robot).getText()).isEqualTo("Not quite");
        assertThat(progress.lastAnswer("n").orElseThrow().answer()).isEqualTo("12");
    }

    @Test
    void predictShowsProgressWhileTheEngineRunsThenTheFigureBesideTheGuess(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        show(robot, Quizzes.predict("p"), q -> {
            release.await(5, TimeUnit.SECONDS);
            return 49.5;
        });
        robot.clickOn(".text-field").write("50").type(KeyCode.ENTER);
        Node running = robot.lookup(".quiz-running").query();
        assertThat(running.isVisible()).as("progress shown, UI still responsive").isTrue();
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Right".equals(verdict(robot).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(running.isVisible()).isFalse();
        assertThat(robot.lookup(".quiz-figure").queryAs(Label.class).getText())
                .isEqualTo("Your guess: 50 seconds   \u2022   The engine: 49.5 seconds");
    }

    @Test
    void hintKeyShowsTheHint(FxRobot robot) {
        show(robot, Quizzes.trueFalse("tf"), q -> 0);
        Node hint = robot.lookup(".quiz-hint").query();
        assertThat(robot.lookup(".quiz-result").query().isVisible()).as("no verdict before a check").isFalse();
        assertThat(hint.isVisible()).isFalse();
        robot.type(KeyCode.H);
        assertThat(hint.isVisible()).isTrue();
        robot.type(KeyCode.F).type(KeyCode.ENTER);
        assertThat(verdict(robot).getText()).isEqualTo("Not quite");
        assertThat(robot.lookup(".text-field").tryQuery()).isEmpty();
        assertThat(robot.lookup(".quiz-feedback").queryAs(SelectableText.class).text())
                .isEqualTo("Think about an hourly poster.");
    }

    @Test
    void aShortcutWithCtrlPassesThroughThePanelToTheWindow(FxRobot robot) {
        QuizPanel panel = show(robot, Quizzes.single("q"), q -> 0);
        java.util.concurrent.atomic.AtomicBoolean reached = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> host.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() && e.getCode() == KeyCode.DIGIT2) {
                reached.set(true); // as the shell's Ctrl+2 (open the Lab) would
            }
        }));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);

        assertThat(reached).as("Ctrl+2 is the window's, not option 2").isTrue();
        assertThat(robot.lookup(".quiz-option").queryAllAs(RadioButton.class)).noneMatch(RadioButton::isSelected);
        assertThat(panel.isAnswered()).isFalse();
    }
}
