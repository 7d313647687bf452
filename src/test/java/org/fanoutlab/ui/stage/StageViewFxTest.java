package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.playback.FanoutPlayback;
import org.fanoutlab.playback.FanoutReplay;
import org.fanoutlab.playback.SnapshotBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stage as a learner uses it, on the real engine and a shipped preset, at a lesson block's size. The engine
 * runs on the FX thread and frames come from a test clock, so every figure here is exact and nothing waits.
 */
class StageViewFxTest {
    private final FxRobot robot = new FxRobot();
    private Scenario scenario;
    private StageViewModel vm;
    private StageView view;
    private long nanos = 1_000_000_000L;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        scenario = ScenarioReader.read(Path.of("lessons/scenarios/pull-every-30s.json"));
        FxToolkit.setupStage(s -> {
            vm = new StageViewModel(new FanoutPlayback(() -> new FanoutReplay(scenario), Runnable::run,
                    new SnapshotBudget(64L << 20, 1_000_000)));
            view = StageView.drivenByTest(vm);
            s.setScene(new Scene(view, 900, 360));
            s.show();
        });
        frame(0);
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(vm::dispose);
        FxToolkit.cleanupStages();
    }

    /** One frame, {@code seconds} of the test clock after the previous one. */
    private void frame(double seconds) {
        nanos += Math.round(seconds * 1e9);
        long at = nanos;
        robot.interact(() -> view.frameAt(at));
    }

    private String clock() {
        return robot.lookup("#stage-clock").queryAs(Label.class).getText();
    }

    private static Metrics straightRunTo(Scenario s, double t) {
        Simulation sim = new Simulation(s, FanoutReplay.DEFAULT_WATCHED, FanoutReplay.EVENT_CAPACITY);
        sim.advanceTo(t);
        return sim.metrics();
    }

    @Test
    void playPauseStepAndResetDriveTheClockAndTheCountersMove() {
        double start = vm.startSeconds();
        // The quiet stretch before the first post is simulated and counted, not animated.
        long leadInChecks = vm.tally().consumer(0).checksSent();
        assertThat(start).isPositive();
        assertThat(leadInChecks).isEqualTo(vm.getMetrics().checks()).isPositive();
        Button play = robot.lookup("#stage-play").queryButton();
        assertThat(play.getText()).isEqualTo("Play");

        robot.clickOn("#stage-play");
        // Faster with the keyboard, along the 1-2-5 ladder: 10× → 1,000× in six presses.
        robot.clickOn("#stage-canvas").type(KeyCode.ADD, 6);
        assertThat(vm.getSpeed()).isEqualTo(1000);
        assertThat(play.getText()).isEqualTo("Pause");
        frame(0.1);
        frame(0.1);
        assertThat(vm.getSimSeconds()).isEqualTo(start + 200);
        // a check every 30 s; the one phone is the whole audience, so its counter is the engine's total
        assertThat(vm.tally().consumer(0).checksSent()).isBetween(leadInChecks + 6, leadInChecks + 7)
                .isEqualTo(vm.getMetrics().checks());

        robot.clickOn("#stage-play");
        assertThat(play.getText()).isEqualTo("Play");
        String paused = clock();
        double pausedAt = vm.getSimSeconds();
        frame(0.2);
        frame(0.2);
        assertThat(clock()).isEqualTo(paused);

        long checksBefore = vm.tally().consumer(0).checksSent();
        robot.clickOn("#stage-step");
        frame(0.016);
        assertThat(vm.isPlaying()).isFalse();
        // The next event of a lone pull consumer is its next check, at most one poll interval away.
        assertThat(vm.getSimSeconds()).isGreaterThan(pausedAt).isLessThanOrEqualTo(pausedAt + 30 + 1e-6);
        assertThat(vm.tally().consumer(0).checksSent()).isEqualTo(checksBefore + 1);
        assertThat(clock()).isNotEqualTo(paused);

        robot.type(KeyCode.R);
        frame(0.016);
        assertThat(vm.getSimSeconds()).isEqualTo(start);
        assertThat(vm.tally().consumer(0).checksSent()).isEqualTo(leadInChecks);
    }

    @Test
    void theTimelineGoesBackAndForthAndTheFiguresAreThoseOfAStraightRun() {
        Slider bar = robot.lookup("#stage-timeline-slider").queryAs(Slider.class);
        robot.clickOn("#stage-canvas").type(KeyCode.END);
        frame(0.016);
        assertThat(vm.getSimSeconds()).isEqualTo(scenario.durationSeconds());
        assertThat(bar.getValue()).isEqualTo(scenario.durationSeconds());
        assertThat(vm.getMetrics()).isEqualTo(straightRunTo(scenario, scenario.durationSeconds()));

        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        frame(0.016);
        double back = scenario.durationSeconds() * 0.95;
        assertThat(vm.getSimSeconds()).isEqualTo(back);
        assertThat(vm.getMetrics()).isEqualTo(straightRunTo(scenario, back));

        // Dragging the bar to its middle: the playhead, the figures and the accessible value follow.
        Pane track = (Pane) bar.lookup(".track");
        robot.drag(bar.lookup(".thumb")).dropTo(robot.point(track).atPosition(javafx.geometry.Pos.CENTER));
        frame(0.016);
        double middle = vm.getSimSeconds();
        assertThat(middle).isBetween(scenario.durationSeconds() * 0.4, scenario.durationSeconds() * 0.6);
        assertThat(vm.getMetrics()).isEqualTo(straightRunTo(scenario, middle));
        assertThat(bar.getAccessibleText()).isEqualTo("Timeline");
        assertThat(bar.getAccessibleHelp()).isEqualTo(TimeText.format(middle) + " of "
                + TimeText.format(scenario.durationSeconds()));

        robot.clickOn("#stage-canvas").type(KeyCode.HOME);
        frame(0.016);
        assertThat(vm.getSimSeconds()).isZero();
        assertThat(vm.getMetrics().checks()).isZero();
    }

    @Test
    void hoveringTheDatabaseExplainsWhatItCosts() {
        frame(0.016);
        Point2D db = view.centreOf(Anchors.DATABASE);
        javafx.scene.layout.Region canvas = robot.lookup("#stage-canvas").queryAs(javafx.scene.layout.Region.class);
        robot.moveTo(canvas).moveTo(robot.point("#stage-canvas").atOffset(
                db.subtract(canvas.getWidth() / 2, canvas.getHeight() / 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stage-info").queryAs(Label.class).getText()).startsWith("Posts database");
    }
}
