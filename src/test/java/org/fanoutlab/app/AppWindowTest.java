package org.fanoutlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.fanoutlab.ui.shell.Destination;

/** Starts the real application window (headless, on Monocle) as a learner would meet it. */
class AppWindowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new FanoutLabApp(new LaunchOptions(null, null, dataDir)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void clickingEachSidebarEntryShowsItsScreenAndRetitlesTheWindow() {
        for (Destination d : new Destination[] {Destination.LAB, Destination.QUIZ_REVIEW, Destination.GUIDE,
                Destination.LESSONS}) {
            String name = d.name().toLowerCase(Locale.ROOT).replace('_', '-');
            robot.clickOn("#nav-" + name);
            WaitForAsyncUtils.waitForFxEvents();

            Node screen = robot.lookup("#screen-" + name).query();
            assertThat(screen.isVisible()).isTrue();
            assertThat(screen.getScene()).as("%s screen is in the window", d).isNotNull();
            assertThat(robot.lookup("#screen-" + name).queryAll()).hasSize(1);
            assertThat(stage.getTitle()).isEqualTo("Fanout Lab \u2014 " + d.title());
        }
    }

    @Test
    void shortcutKeysSwitchScreensWithoutTheMouse() {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("Fanout Lab \u2014 Lab");
    }
}
