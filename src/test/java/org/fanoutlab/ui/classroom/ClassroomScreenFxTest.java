package org.fanoutlab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fanoutlab.classroom.ClassQuizzes;
import org.fanoutlab.classroom.Participant;
import org.fanoutlab.classroom.TestClock;
import org.fanoutlab.ui.common.FakeDialogService;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.Navigator;
import org.fanoutlab.ui.quiz.FxTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The class panel as the projector shows it, over a bare room on a test clock: the dot plot of a prediction's
 * guesses and the engine's figure after the reveal, names hidden until asked for, the export through the dialog
 * service, presenter mode, and a language switch that keeps the session on screen. The panel's timer is not
 * waited for: the test applies the room's changes itself ({@link ClassroomViewModel#refresh()}).
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomScreenFxTest {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private final List<RoomSession> sessions = new ArrayList<>();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> status = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final ClassroomViewModel vm = new ClassroomViewModel(ClassQuizzes.catalog(), (address, port) -> {
        RoomSession s = new RoomSession(ClassQuizzes.catalog(), clock, 10.0);
        sessions.add(s);
        return s;
    }, Runnable::run, Runnable::run);
    private final Navigator navigator = new Navigator() {
        @Override
        public void openLesson(String lessonId) {
        }

        @Override
        public void openLab(String presetName) {
            opened.add(presetName);
        }

        @Override
        public void openQuizReview() {
        }

        @Override
        public void openGuide() {
        }

        @Override
        public void status(String message) {
            status.add(message);
        }
    };
    private StackPane host;
    private ClassroomScreen screen;

    @Start
    void start(Stage stage) {
        FxTheme.apply();
        screen = new ClassroomScreen(vm, navigator, Optional::empty, dialogs);
        host = new StackPane(screen.view());
        stage.setScene(new Scene(host, 1280, 800));
        stage.show();
    }

    @AfterEach
    void englishAgain() {
        Messages.setLocale(Locale.ENGLISH);
    }

    /** A session open, seven phones in, the prediction asked and answered with these guesses. */
    private RoomSession predictionAnswered(FxRobot robot, double... guesses) {
        robot.interact(() -> vm.start(InetAddress.getLoopbackAddress(), "0"));
        RoomSession s = sessions.get(0);
        List<Participant> phones = new ArrayList<>();
        for (int i = 0; i < guesses.length; i++) {
            phones.add(s.room().join(s.room().code().value(), "Phone " + (i + 1)));
        }
        robot.interact(() -> vm.ask(ClassQuizzes.PREDICT.id()));
        for (int i = 0; i < guesses.length; i++) {
            clock.advance(Duration.ofSeconds(1));
            s.room().answer(phones.get(i), ClassQuizzes.PREDICT.id(), N.numberNode(guesses[i]));
        }
        robot.interact(vm::refresh);
        return s;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void guessesShowAsDotsAndTheRevealMarksTheEnginesFigure(FxRobot robot) {
        predictionAnswered(robot, 8, 9.5, 10, 10, 10.5, 14, 30);

        assertThat(text(robot, "#class-answered")).isEqualTo("7 of 7 answered");
        assertThat(robot.lookup("#class-dot-plot .class-dot").queryAll()).hasSize(7);
        assertThat(robot.lookup("#class-dot-plot .class-marker").tryQuery()).as("no figure before the reveal").isEmpty();
        assertThat(robot.lookup("#class-dot-plot").query().getAccessibleText()).isEqualTo("7 guesses, from 8 to 30.");
        assertThat(robot.lookup("#class-run-stage").query().isVisible()).as("a prediction can be run").isTrue();

        robot.clickOn("#class-reveal");

        assertThat(robot.lookup("#class-dot-plot .class-marker").tryQuery()).isPresent();
        assertThat(robot.lookup("#class-dot-plot .class-marker-label").queryAs(Label.class).getText())
                .isEqualTo("The engine: 10 checks");
        assertThat(robot.lookup("#class-dot-plot .class-dot.class-right").queryAll()).as("within 10 % of 10").hasSize(4);
        assertThat(robot.lookup("#class-dot-plot .class-dot.class-wrong").queryAll()).hasSize(3);
        assertThat(text(robot, "#class-correct")).isEqualTo("4 of 7 right");
        assertThat(text(robot, "#class-right-text")).isEqualTo("The engine\u2019s figure: 10 checks");

        robot.clickOn("#class-run-stage");
        assertThat(opened).containsExactly("pull-every-30s");
    }

    @Test
    void namesStayHiddenUntilTheInstructorShowsThem(FxRobot robot) {
        predictionAnswered(robot, 8, 12);
        assertThat(isShown(robot.lookup("#class-names").query())).as("hidden by default").isFalse();

        robot.clickOn("#class-names-toggle");

        assertThat(robot.lookup(".class-name-row").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Phone 1: 8", "Phone 2: 12");
        assertThat(robot.lookup(".class-name-row").<Node>queryAll()).allMatch(ClassroomScreenFxTest::isShown);
    }

    /** Whether the node and every parent up to the scene are visible. */
    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theExportAsksWhereThroughTheDialogServiceAndWritesEveryAnswer(FxRobot robot) throws Exception {
        predictionAnswered(robot, 8, 12, 10);
        Path file = dir.resolve("room.csv");
        dialogs.answer(file);

        robot.clickOn(".class-header .class-export");

        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.asked.get(0).extensions()).containsExactly("*.csv");
        assertThat(dialogs.asked.get(0).initialFileName()).matches("class-session-[0-9]{6}\\.csv");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        assertThat(String.join("\n", lines)).contains("Phone 1").contains("Phone 3");
        assertThat(dialogs.notices).containsExactly("Saved 3 answers to room.csv.");

        // A cancelled dialog writes nothing and says nothing.
        robot.clickOn(".class-header .class-export");
        assertThat(dialogs.asked).hasSize(2);
        assertThat(dialogs.notices).hasSize(1);
    }

    @Test
    void presenterModeHidesThePickerAndEnlargesThePanel(FxRobot robot) {
        predictionAnswered(robot, 8, 12);
        assertThat(robot.lookup(".class-ask-row").query().isVisible()).isTrue();
        double codeSize = robot.lookup("#class-code").queryAs(Label.class).getFont().getSize();

        robot.interact(() -> screen.setPresenting(true));

        assertThat(robot.lookup(".class-ask-row").query().isVisible()).isFalse();
        assertThat(robot.lookup("#class-panel").query().getStyleClass()).contains("class-presenting");
        assertThat(robot.lookup("#class-code").queryAs(Label.class).getFont().getSize())
                .as("the code is read from the back of the room").isGreaterThan(codeSize * 1.2);
    }

    @Test
    void aLanguageSwitchKeepsTheSessionAndTheQuestionOnScreen(FxRobot robot) {
        RoomSession s = predictionAnswered(robot, 8, 12);
        robot.interact(() -> screen.setPresenting(true));

        robot.interact(() -> {
            Messages.setLocale(Locale.forLanguageTag("es"));
            ClassroomScreen next = (ClassroomScreen) screen.relocalized(
                    () -> new ClassroomScreen(vm, navigator, Optional::empty, dialogs));
            screen.dispose();
            screen = next;
            host.getChildren().setAll(next.view());
        });

        assertThat(s.isClosed()).as("the session outlives the old panel").isFalse();
        assertThat(text(robot, "#class-answered")).isEqualTo("2 de 2 han respondido");
        assertThat(robot.lookup("#class-dot-plot .class-dot").queryAll()).hasSize(2);
        assertThat(text(robot, "#class-code")).isEqualTo(s.room().code().spaced());
        assertThat(robot.lookup("#class-panel").query().getStyleClass()).as("still presenting")
                .contains("class-presenting");
    }
}
