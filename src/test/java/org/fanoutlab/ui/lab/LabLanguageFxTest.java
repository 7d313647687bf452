package org.fanoutlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.FakeDialogService;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.common.UiLanguage;
import org.fanoutlab.ui.lab.controls.CostWeightsViewModel.Weight;
import org.fanoutlab.ui.stage.StageViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Lab rebuilt in Spanish (View → Language) runs what the learner had: the preset with their live change, on
 * the tab they were on, paused at the same simulated moment and speed, with their cost weights, and its tabs speak
 * Spanish.
 * Simulated time is moved by the test, never by the wall clock.
 */
@ExtendWith(ApplicationExtension.class)
class LabLanguageFxTest {
    private static final long PATIENCE_SECONDS = 60;
    private AppContext ctx;
    private Stage stage;
    private LabScreen lab;
    private ShellScreen next;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path dir = Fixtures.pullMinutelyDir("lab-language");
        ctx = new AppContext(new Course(List.of(), List.of(), dir), null, null, dir, null);
        lab = new LabScreen(ctx, new FakeDialogService());
        lab.openPreset("pull-minutely");
        stage.setScene(new Scene((Parent) lab.view(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            (next != null ? next : lab).dispose();
        });
    }

    @Test
    void aSpanishLabRunsTheChangedScenarioPausedAtTheSameMomentOnTheSameTab(FxRobot robot) throws TimeoutException {
        await(() -> "pull-minutely".equals(lab.viewModel().sourceProperty().get())
                && !lab.viewModel().busyProperty().get() && lab.stage() != null);
        robot.interact(() -> lab.stage().pause());
        // a live change, as a learner makes it: refresh every 5 s instead of every 30 s
        TextField poll = robot.lookup("#poll-interval .lab-control-field").queryAs(TextField.class);
        robot.clickOn(poll).push(KeyCode.CONTROL, KeyCode.A).write("5s").type(KeyCode.ENTER);
        await(() -> lab.viewModel().scenario().pollIntervalSeconds() == 5);
        Scenario changed = lab.viewModel().scenario();
        StageViewModel oldStage = lab.stage();
        robot.interact(() -> oldStage.seek(1800));
        await(() -> oldStage.getSimSeconds() == 1800);
        robot.interact(() -> {
            lab.weights().type(Weight.READ_QUERY, "7");
            oldStage.setSpeed(30);
            tabs(lab).getSelectionModel().select(2);
        });

        robot.interact(() -> {
            Messages.setLocale(UiLanguage.SPANISH.locale());
            next = lab.relocalized(() -> new LabScreen(ctx, new FakeDialogService()));
            stage.getScene().setRoot((Parent) next.view());
            lab.dispose();
        });

        assertThat(next).isInstanceOf(LabScreen.class).isNotSameAs(lab);
        LabScreen fresh = (LabScreen) next;
        await(() -> fresh.viewModel().scenario() == changed && !fresh.viewModel().busyProperty().get()
                && fresh.stage() != null && fresh.stage().getSimSeconds() == 1800);
        assertThat(tabs(fresh).getTabs()).extracting(Tab::getText)
                .containsExactly("En vivo", "Comparar modelos", "Barridos", "Canales de entrega");
        assertThat(tabs(fresh).getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(fresh.viewModel().scenario().pollIntervalSeconds()).isEqualTo(5);
        assertThat(fresh.viewModel().sourceProperty().get()).isEqualTo("pull-minutely");
        assertThat(fresh.stage().isPlaying()).isFalse();
        assertThat(fresh.stage().getSpeed()).isEqualTo(oldStage.getSpeed()).isNotEqualTo(2);
        assertThat(fresh.weights().weightsProperty().get().perReadQuery()).isEqualTo(7);
        // the controls show the change too, written the Spanish way
        assertThat(robot.from(fresh.view()).lookup("#poll-interval .lab-control-field").queryAs(TextField.class)
                .getText()).contains("5");
    }

    private static TabPane tabs(LabScreen s) {
        return (TabPane) ((javafx.scene.layout.BorderPane) s.view()).getCenter();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
