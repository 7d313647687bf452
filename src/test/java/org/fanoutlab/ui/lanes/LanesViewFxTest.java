package org.fanoutlab.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A learner plays the Kafka preset and watches the pushed-to consumer drop while the puller only lags. */
class LanesViewFxTest {
    private final FxRobot robot = new FxRobot();
    private LanesView view;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        LanesViewModel vm = LanesViewModel.forPreset(Path.of("lessons", "scenarios", "lanes-kafka-consumers.json"));
        // Monocle's headless screen is 1280×800: a bigger scene overflows its frame buffer.
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            view = new LanesView(vm);
            s.setScene(new Scene(view, 1200, 780));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> view.dispose());
        FxToolkit.cleanupStages();
    }

    @Test
    void playingKafkaConsumersTheSlowPushLaneDropsWhileTheQueuePullLaneLags() throws Exception {
        robot.interact(() -> robot.lookup("#lanes-speed").queryAs(Slider.class).setValue(1.0)); // 10,000×
        robot.clickOn("#lanes-play");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> view.viewModel().rows().get(1).metricsProperty().get() != null
                        && view.viewModel().rows().get(1).metricsProperty().get().drops() > 100);
        robot.clickOn("#lanes-play"); // pause
        WaitForAsyncUtils.waitForFxEvents();

        LaneMetrics pull = view.viewModel().rows().get(0).metricsProperty().get();
        LaneMetrics push = view.viewModel().rows().get(1).metricsProperty().get();
        assertThat(push.drops()).isGreaterThan(100);
        assertThat(pull.drops()).isZero();
        assertThat(pull.lagNow()).isGreaterThan(100);
        // the table shows it in words too
        TableView<?> table = robot.lookup("#lanes-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(view.viewModel().rows().get(1).dropsProperty().get()).isNotEqualTo("0");
        assertThat(robot.lookup("#lanes-play").queryButton().getText()).isEqualTo("Play");
    }
}
