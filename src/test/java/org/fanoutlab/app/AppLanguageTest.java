package org.fanoutlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fanoutlab.progress.SettingsStore;
import org.fanoutlab.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A Spanish-speaking class: the app opens in the language picked last time, and switches without a restart. */
class AppLanguageTest {
    private static final String LESSON_1_ES = "Mover datos: qui\u00e9n toma la iniciativa";
    private static final String LESSON_1_EN = "Moving data: who takes the initiative";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;

    private void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new FanoutLabApp(new LaunchOptions(null, null, dataDir)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theRememberedLanguageIsSpokenFromTheStartAndLessonOneIsTheTranslation() throws Exception {
        SettingsStore.open(dataDir).put("language", "es");

        start();

        assertThat(stage.getTitle()).isEqualTo("Fanout Lab \u2014 Lecciones");
        assertThat(shows(LESSON_1_ES)).isTrue();
        assertThat(shows(LESSON_1_EN)).isFalse();
    }

    @Test
    void spanishFromTheMenuSwitchesTheLessonAndIsRememberedAndEnglishComesBack() throws Exception {
        start();
        assertThat(shows(LESSON_1_EN)).isTrue();

        robot.interact(() -> languageItem("es").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("Fanout Lab \u2014 Lecciones");
        assertThat(shows(LESSON_1_ES)).isTrue();
        assertThat(SettingsStore.open(dataDir).get("language")).contains("es");

        robot.interact(() -> languageItem("en").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("Fanout Lab \u2014 Lessons");
        assertThat(shows(LESSON_1_EN)).isTrue();
        assertThat(shows(LESSON_1_ES)).isFalse();
    }

    /** Whether a label or a run of text in the window reads exactly {@code text}. */
    private boolean shows(String text) {
        return !robot.lookup((Node n) -> n.getScene() != null && n.isVisible()
                && ((n instanceof Labeled l && text.equals(l.getText())) || (n instanceof Text t
                && text.equals(t.getText())))).queryAll().isEmpty();
    }

    private MenuItem languageItem(String tag) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item instanceof Menu sub && "menu-language".equals(sub.getId())) {
                    return sub.getItems().stream().filter(i -> ("language-" + tag).equals(i.getId())).findFirst()
                            .orElseThrow();
                }
            }
        }
        throw new AssertionError("no View > Language menu");
    }
}
