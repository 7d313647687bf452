package org.fanoutlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.progress.ProgressStore;
import org.fanoutlab.progress.SettingsStore;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.Navigator;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.common.UiLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A learner halfway through a lesson's questions switches to Spanish: the same lesson opens in its translation,
 * with the number they typed, the option they picked and the hint they opened, none of it checked yet.
 */
@ExtendWith(ApplicationExtension.class)
class LessonLanguageFxTest {
    private static final String ENGLISH = """
            ---
            id: first
            title: "Who moves the data"
            summary: The first lesson.
            ---
            # Who moves the data

            Count the checks.

            ```quiz
            id: first-count
            type: numeric
            prompt: "How many checks?"
            answer: 20000
            hint: "Checks per consumer times consumers."
            explain: "20 each, 1,000 consumers."
            ```

            ```quiz
            id: first-who
            type: single
            prompt: "Who starts a pull?"
            options:
              - { text: "The producer", correct: false, feedback: "No." }
              - { text: "The consumer", correct: true, feedback: "Yes." }
            hint: "Who asks?"
            explain: "The consumer asks."
            ```
            """;

    @TempDir
    Path root;

    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        stage.setScene(new Scene(host, 1100, 800));
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theTranslationOpensWithWhatWasTypedChosenAndHinted(FxRobot robot) throws Exception {
        Path lessons = Files.createDirectories(root.resolve("lessons"));
        Files.createDirectories(lessons.resolve("scenarios"));
        Files.createDirectories(lessons.resolve("es"));
        Path assets = Files.createDirectories(root.resolve("assets"));
        Files.writeString(lessons.resolve("01-first.md"), ENGLISH);
        Files.writeString(lessons.resolve("es/01-first.md"), ENGLISH
                .replace("title: \"Who moves the data\"", "title: \"Quién mueve los datos\"")
                .replace("# Who moves the data", "# Quién mueve los datos")
                .replace("How many checks?", "¿Cuántas consultas?")
                .replace("Checks per consumer times consumers.", "Consultas por consumidor por consumidores.")
                .replace("\"The consumer\"", "\"El consumidor\""));
        ProgressStore progress = ProgressStore.open(root.resolve("data"));
        SettingsStore settings = SettingsStore.open(root.resolve("data"));
        Course en = CourseLoader.load(lessons, assets, "en");
        Course es = CourseLoader.load(lessons, assets, "es");
        assertThat(es.problems()).isEmpty();
        LessonScreen english = new LessonScreen(new AppContext(en, progress, settings, root, new QuietNavigator()),
                org.fanoutlab.ui.quiz.LearnerProgress.of(progress), assets);
        robot.interact(() -> host.getChildren().setAll(english.view()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shows(robot, "How many checks?")).isTrue();

        robot.clickOn(robot.lookup(".text-field").queryAs(TextField.class)).write("20.000");
        robot.clickOn(robot.lookup((Node n) -> n instanceof RadioButton r && r.getText().endsWith("The consumer"))
                .queryAs(RadioButton.class));
        robot.clickOn(robot.lookup((Node n) -> n instanceof Labeled l && "Hint".equals(l.getText()))
                .queryAs(Labeled.class));
        assertThat(shows(robot, "Checks per consumer times consumers.")).isTrue();

        robot.interact(() -> {
            Messages.setLocale(UiLanguage.SPANISH.locale());
            ShellScreen spanish = english.relocalized(() -> new LessonScreen(
                    new AppContext(es, progress, settings, root, new QuietNavigator()),
                    org.fanoutlab.ui.quiz.LearnerProgress.of(progress), assets));
            host.getChildren().setAll(spanish.view());
            english.dispose();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shows(robot, "¿Cuántas consultas?")).isTrue();
        assertThat(shows(robot, "How many checks?")).isFalse();
        assertThat(robot.lookup(".text-field").queryAs(TextField.class).getText()).isEqualTo("20.000");
        RadioButton consumer = robot.lookup((Node n) -> n instanceof RadioButton r && r.getText().endsWith("El consumidor"))
                .queryAs(RadioButton.class);
        assertThat(consumer.isSelected()).isTrue();
        assertThat(shows(robot, "Consultas por consumidor por consumidores.")).isTrue();
        assertThat(progress.answers()).as("nothing was checked, so nothing was recorded").isEmpty();
    }

    /** Whether a label or a run of text in the window reads exactly {@code text}. */
    private static boolean shows(FxRobot robot, String text) {
        return !robot.lookup((Node n) -> n.getScene() != null && n.isVisible()
                && ((n instanceof Labeled l && text.equals(l.getText())) || (n instanceof Text t
                && text.equals(t.getText())))).queryAll().isEmpty();
    }

    private static final class QuietNavigator implements Navigator {
        @Override
        public void openLesson(String lessonId) {
        }

        @Override
        public void openLab(String presetName) {
        }

        @Override
        public void openQuizReview() {
        }

        @Override
        public void openGuide() {
        }

        @Override
        public void status(String message) {
        }
    }
}
