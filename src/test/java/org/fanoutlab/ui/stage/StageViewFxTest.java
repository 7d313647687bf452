package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The stage as a learner uses it, on the real engine and a shipped preset, at a lesson block's size. */
class StageViewFxTest {
    private final FxRobot robot = new FxRobot();
    private StageViewModel vm;
    private StageView view;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        vm = StageViewModel.forPreset(Path.of("lessons/scenarios/pull-every-30s.json"));
        FxToolkit.setupStage(s -> {
            view = new StageView(vm);
            s.setScene(new Scene(view, 900, 360));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(vm::dispose);
        FxToolkit.cleanupStages();
    }

    private String clock() {
        return robot.lookup("#stage-clock").queryAs(Label.class).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    @Test
    void playPauseStepAndResetDriveTheClockAndTheCountersMove() throws Exception {
        double start = vm.startSeconds();
        // The quiet stretch before the first post is simulated and counted, not animated.
        waitUntil(() -> vm.getMetrics() != null);
        long leadInChecks = vm.choreography().checksSent(0);
        assertThat(start).isPositive();
        assertThat(leadInChecks).isEqualTo(vm.getMetrics().checks());
        Button play = robot.lookup("#stage-play").queryButton();
        assertThat(play.getText()).isEqualTo("Play");

        robot.clickOn("#stage-play");
        // Faster with the keyboard, along the 1-2-5 ladder: 10× → 1,000× in six presses.
        robot.clickOn("#stage-canvas").type(KeyCode.ADD, 6);
        assertThat(vm.getSpeed()).isEqualTo(1000);
        assertThat(play.getText()).isEqualTo("Pause");
        waitUntil(() -> vm.getMetrics() != null && vm.getMetrics().checks() >= 5);
        assertThat(vm.getSimSeconds()).isGreaterThan(start);
        assertThat(vm.choreography().checksSent(0)).isPositive();

        robot.clickOn("#stage-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(play.getText()).isEqualTo("Play");
        String paused = clock();
        double pausedAt = vm.getSimSeconds();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clock()).isEqualTo(paused);

        long checksBefore = vm.choreography().checksSent(0);
        robot.clickOn("#stage-step");
        waitUntil(() -> vm.getSimSeconds() > pausedAt);
        assertThat(vm.isPlaying()).isFalse();
        // The next event of a lone pull consumer is its next check, at most one poll interval away.
        assertThat(vm.getSimSeconds()).isLessThanOrEqualTo(pausedAt + 30 + 1e-6);
        assertThat(vm.choreography().checksSent(0)).isEqualTo(checksBefore + 1);
        assertThat(clock()).isNotEqualTo(paused);

        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.getSimSeconds()).isEqualTo(start);
        waitUntil(() -> vm.getMetrics() != null);
        assertThat(vm.choreography().checksSent(0)).isEqualTo(leadInChecks);
    }

    @Test
    void hoveringTheDatabaseExplainsWhatItCosts() {
        Point2D db = view.centreOf(Anchors.DATABASE);
        robot.moveTo(robot.lookup("#stage-canvas").queryAs(javafx.scene.layout.Pane.class))
                .moveTo(robot.point("#stage-canvas").atOffset(db.subtract(
                        robot.lookup("#stage-canvas").queryAs(javafx.scene.layout.Pane.class).getWidth() / 2,
                        robot.lookup("#stage-canvas").queryAs(javafx.scene.layout.Pane.class).getHeight() / 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stage-info").queryAs(Label.class).getText()).startsWith("Posts database");
    }
}
