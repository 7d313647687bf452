package org.fanoutlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.common.UiLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Language switches the whole window at once, and nothing the learner typed or chose is lost. */
@ExtendWith(ApplicationExtension.class)
class ShellLanguageFxTest {
    private final Map<String, String> saved = new HashMap<>();
    private final List<ShellScreen> disposed = new ArrayList<>();
    private ShellViewModel vm;
    private ShellView shell;

    /** A screen with something typed that it hands to its replacement, as the feature screens do. */
    private final class Carrying implements ShellScreen {
        final TextField typed = new TextField();
        final Label heading = new Label(Messages.get("nav.lessons"));
        final VBox root = new VBox(heading, typed);

        Carrying() {
            typed.setId("typed");
        }

        @Override
        public Node view() {
            return root;
        }

        @Override
        public ShellScreen relocalized(Supplier<? extends ShellScreen> rebuild) {
            ShellScreen next = rebuild.get();
            ((Carrying) next).typed.setText(typed.getText());
            return next;
        }

        @Override
        public void dispose() {
            disposed.add(this);
        }
    }

    /** A screen that has not learnt to hand over: the shell keeps it. */
    private final class Keeping implements ShellScreen {
        final Label label = new Label("run 7");

        @Override
        public Node view() {
            return label;
        }

        @Override
        public void dispose() {
            disposed.add(this);
        }
    }

    @Start
    void start(Stage stage) {
        vm = new ShellViewModel(new ShellSettings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(saved.get(key));
            }

            @Override
            public void put(String key, String value) {
                saved.put(key, value);
            }
        });
        Map<Destination, Supplier<ShellScreen>> screens = new EnumMap<>(Destination.class);
        screens.put(Destination.LESSONS, Carrying::new);
        screens.put(Destination.LAB, Keeping::new);
        MenuActions none = new MenuActions(null, null, null, null, null, vm::toggleShortcuts, null, null);
        shell = new ShellView(vm, screens, none, "/tmp/fanout-data");
        stage.setScene(new Scene(shell.root(), 1280, 820));
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void spanishFromTheViewMenuRewordsMenusSidebarAndScreensAndKeepsWhatWasTyped(FxRobot robot) {
        robot.clickOn("#nav-lab");
        robot.clickOn("#nav-lessons");
        robot.clickOn("#typed").write("20000");
        Carrying before = (Carrying) shell.screen(Destination.LESSONS);
        ShellScreen lab = shell.screen(Destination.LAB);

        robot.interact(() -> languageItem(robot, "es").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(menuTexts(robot)).containsExactly("_Archivo", "_Ver", "Ay_uda");
        assertThat(robot.lookup("#nav-lessons").queryAs(ToggleButton.class).getText()).isEqualTo("Lecciones");
        assertThat(robot.lookup("#nav-guide").queryAs(ToggleButton.class).getText()).isEqualTo("Gu\u00eda de decisi\u00f3n");
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).isEqualTo("Idioma: Espa\u00f1ol");
        Carrying after = (Carrying) shell.screen(Destination.LESSONS);
        assertThat(after).isNotSameAs(before);
        assertThat(after.heading.getText()).isEqualTo("Lecciones");
        assertThat(robot.lookup("#typed").queryAs(TextField.class).getText()).isEqualTo("20000");
        assertThat(after.typed.getScene()).as("the new screen is the one on show").isNotNull();
        assertThat(disposed).containsExactly(before);
        assertThat(shell.screen(Destination.LAB)).as("a screen that cannot hand over is kept").isSameAs(lab);
        assertThat(robot.lookup("#nav-lessons").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(languageItem(robot, "es").isSelected()).isTrue();
        assertThat(saved).containsEntry("language", "es");
    }

    @Test
    void backToEnglishRewordsEverythingAgain(FxRobot robot) {
        robot.interact(() -> languageItem(robot, "es").fire());
        robot.interact(() -> languageItem(robot, "en").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(menuTexts(robot)).containsExactly("_File", "_View", "_Help");
        assertThat(robot.lookup("#nav-lessons").queryAs(ToggleButton.class).getText()).isEqualTo("Lessons");
        assertThat(vm.languageProperty().get()).isEqualTo(UiLanguage.ENGLISH);
        assertThat(robot.lookup("#nav-lessons").queryAll()).as("one sidebar, not two").hasSize(1);
    }

    private static MenuBar menuBar(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class);
    }

    private static List<String> menuTexts(FxRobot robot) {
        return menuBar(robot).getMenus().stream().map(Menu::getText).toList();
    }

    private static RadioMenuItem languageItem(FxRobot robot, String tag) {
        Menu view = menuBar(robot).getMenus().get(1);
        Menu language = (Menu) view.getItems().stream().filter(i -> "menu-language".equals(i.getId())).findFirst()
                .orElseThrow();
        for (MenuItem item : language.getItems()) {
            if (("language-" + tag).equals(item.getId())) {
                return (RadioMenuItem) item;
            }
        }
        throw new AssertionError("no language item " + tag);
    }
}
