package org.fanoutlab.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.LanesSimulation;
import org.fanoutlab.playback.LanesPlayback;
import org.fanoutlab.playback.LanesReplay;
import org.fanoutlab.playback.SnapshotBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A learner plays the Kafka preset and watches the pushed-to consumer drop while the puller only lags. The
 * engine runs on the FX thread and frames come from a test clock: nothing waits for real time.
 */
class LanesViewFxTest {
    private final FxRobot robot = new FxRobot();
    private LanesView view;
    private Scenario scenario;
    private long nanos = 1_000_000_000L;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        scenario = ScenarioReader.read(Path.of("lessons", "scenarios", "lanes-kafka-consumers.json"));
        // Monocle's headless screen is 1280×800: a bigger scene overflows its frame buffer.
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            LanesViewModel vm = new LanesViewModel(new LanesPlayback(() -> new LanesReplay(scenario),
                    Runnable::run, new SnapshotBudget(64L << 20, 1_000_000)));
            view = LanesView.drivenByTest(vm);
            s.setScene(new Scene(view, 1200, 780));
            s.show();
        });
        frame(0);
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> view.dispose());
        FxToolkit.cleanupStages();
    }

    private void frame(double seconds) {
        nanos += Math.round(seconds * 1e9);
        long at = nanos;
        robot.interact(() -> view.frameAt(at));
    }

    @Test
    void playingKafkaConsumersTheSlowPushLaneDropsWhileTheQueuePullLaneLags() {
        robot.interact(() -> robot.lookup("#lanes-speed").queryAs(Slider.class).setValue(1.0)); // 10,000×
        robot.clickOn("#lanes-play");
        for (int i = 0; i < 4; i++) {
            frame(0.1); // 4,000 simulated seconds: past the end of the hour
        }
        assertThat(view.viewModel().playingProperty().get()).isFalse();

        LaneMetrics pull = view.viewModel().rows().get(0).metricsProperty().get();
        LaneMetrics push = view.viewModel().rows().get(1).metricsProperty().get();
        assertThat(push.drops()).isGreaterThan(100);
        assertThat(pull.drops()).isZero();
        assertThat(pull.lagNow()).isGreaterThan(100);
        // the table shows it in words too
        TableView<?> table = robot.lookup("#lanes-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(view.viewModel().rows().get(1).text(LaneRow.Figure.DROPS).getValue()).isNotEqualTo("0");
        assertThat(robot.lookup("#lanes-play").queryButton().getText()).isEqualTo("Play");
    }

    @Test
    void spaceHomeEndAndShiftArrowsDriveTheLanesAndSeekingBackGivesAStraightRunsFigures() {
        robot.clickOn("#lanes-canvas");
        robot.type(KeyCode.END);
        frame(0.016);
        assertThat(view.viewModel().simSecondsProperty().get()).isEqualTo(scenario.durationSeconds());
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT, 10).release(KeyCode.SHIFT); // half-way back
        frame(0.016);
        double half = scenario.durationSeconds() / 2;
        assertThat(view.viewModel().simSecondsProperty().get()).isCloseTo(half, org.assertj.core.api.Assertions.within(1e-6));
        LanesSimulation straight = new LanesSimulation(scenario);
        straight.advanceTo(view.viewModel().simSecondsProperty().get());
        for (int i = 0; i < 3; i++) {
            assertThat(view.viewModel().rows().get(i).metricsProperty().get()).isEqualTo(straight.metrics(i));
        }

        robot.type(KeyCode.SPACE);
        assertThat(view.viewModel().playingProperty().get()).isTrue();
        frame(0.1);
        robot.type(KeyCode.SPACE);
        assertThat(view.viewModel().playingProperty().get()).isFalse();
        robot.type(KeyCode.HOME);
        frame(0.016);
        assertThat(view.viewModel().simSecondsProperty().get()).isZero();
    }

    @Test
    void tableHeadersStayInsideTheirColumnsAndParametersHaveHumanNames() {
        TableView<?> table = robot.lookup("#lanes-table").queryAs(TableView.class);
        for (TableColumn<?, ?> c : table.getColumns()) {
            Label header = (Label) c.getGraphic();
            assertThat(header.prefWidth(-1) <= c.getWidth() || header.isWrapText()).as(header.getText()).isTrue();
            assertThat(header.getMaxWidth()).as(header.getText()).isLessThanOrEqualTo(c.getWidth());
        }
        // Neighbouring headers never overlap on screen.
        Node previous = null;
        for (TableColumn<?, ?> c : table.getColumns()) {
            Node header = c.getGraphic();
            if (previous != null) {
                Bounds a = previous.localToScene(previous.getLayoutBounds());
                Bounds b = header.localToScene(header.getLayoutBounds());
                assertThat(a.getMaxX()).as(((Label) header).getText()).isLessThanOrEqualTo(b.getMinX() + 0.5);
            }
            previous = header;
        }
        assertThat(robot.lookup(".lanes-param-name").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Posts per hour", "Consumer handles per second", "Records per fetch", "Buffer size (items)")
                .noneMatch(t -> t.matches("[a-z]+[A-Z][A-Za-z]*"));
    }
}
