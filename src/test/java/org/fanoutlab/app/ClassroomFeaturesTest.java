package org.fanoutlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.fanoutlab.ui.shell.ThemeChoice;

/** Issue 7's flows as an instructor meets them: presenter mode by key, theme kept, the "?" overlay. */
class ClassroomFeaturesTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;

    private void start() throws Exception {
        start((String) null);
    }

    private void start(String lessonId) throws Exception {
        start(new LaunchOptions(lessonId, null, dataDir));
    }

    private void start(LaunchOptions options) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new FanoutLabApp(options));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        stop();
    }

    private boolean inWindow(String query) {
        Node n = robot.lookup(query).query();
        return n != null && n.getScene() != null && n.isVisible();
    }

    @Test
    void f5OnALessonPutsItsLabOnTheProjectorAndEscReturnsToTheLesson() throws Exception {
        start("polling-problem");
        assertThat(inWindow("#nav-lessons")).isTrue();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#nav-lessons").tryQuery()).isEmpty();
        assertThat(inWindow("#presenter-leave")).isTrue();
        assertThat(inWindow("#screen-lab")).as("the lab fills the projector").isTrue();
        assertThat(((javafx.scene.control.Label) robot.lookup(".lab-clock").query()).getText())
                .as("the lesson's own lab is on the projector").isEqualTo("pull-every-30s");
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("presenting", "zoom-150");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(inWindow("#nav-lessons")).isTrue();
        assertThat(inWindow("#screen-lessons")).as("Esc returns to the lesson").isTrue();
        assertThat(stage.getScene().getRoot().getStyleClass()).doesNotContain("presenting").contains("zoom-100");
    }

    @Test
    void darkThemeChosenFromTheViewMenuIsThereAfterARestart() throws Exception {
        start();
        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeChoice.DARK.userAgentStylesheet());
        stop();
        Application.setUserAgentStylesheet(ThemeChoice.LIGHT.userAgentStylesheet());

        start();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeChoice.DARK.userAgentStylesheet());
        assertThat(dataDir.resolve("settings.json")).content().contains("DARK");
    }

    @Test
    void questionMarkListsTheShortcutsOfTheScreenAndEscClosesTheList() throws Exception {
        start();
        robot.clickOn("#nav-lab");
        WaitForAsyncUtils.waitForFxEvents();

        robot.write('?');
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(inWindow("#shortcuts-overlay")).isTrue();
        assertThat(robot.lookup("#shortcuts-overlay .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .contains("Keyboard shortcuts", "F5", "Space", "Presenter mode (Esc leaves)");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(inWindow("#shortcuts-overlay")).isFalse();
    }

    @Test
    void aRemoteClickerStepsAndPausesTheStageOnTheProjector() throws Exception {
        start(new LaunchOptions(null, "pull-every-30s", dataDir));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        org.fanoutlab.ui.stage.StageViewModel stageVm =
                robot.lookup("#lab-stage").queryAs(org.fanoutlab.ui.stage.StageView.class).viewModel();
        double before = stageVm.getSimSeconds();

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stageVm.isPlaying()).as("a step pauses").isFalse();
        assertThat(stageVm.getSimSeconds()).as("Page Down moved to the next event").isGreaterThan(before);

        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stageVm.isPlaying()).as("Page Up plays").isTrue();

        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stageVm.isPlaying()).as("B pauses").isFalse();
    }
}
