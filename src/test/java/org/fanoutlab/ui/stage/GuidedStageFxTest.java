package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.playback.FanoutPlayback;
import org.fanoutlab.playback.FanoutReplay;
import org.fanoutlab.playback.SnapshotBudget;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.common.TimelineBar;
import org.fanoutlab.ui.quiz.CheckpointOverlay;
import org.fanoutlab.ui.quiz.FakeProgress;
import org.fanoutlab.ui.quiz.FxTheme;
import org.fanoutlab.ui.quiz.QuizPanel;
import org.fanoutlab.ui.quiz.Quizzes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A guided run as a learner meets it in a lesson: the real engine on a shipped preset, frames from a test clock,
 * the stage stops at a checkpoint, its card takes the keyboard, and the keyboard alone answers and goes on.
 */
class GuidedStageFxTest {
    private final FxRobot robot = new FxRobot();
    private final FakeProgress progress = new FakeProgress();
    private StageViewModel vm;
    private StageView view;
    private CheckpointGuide<StagePart> guide;
    private CheckpointOverlay overlay;
    private Checkpoint say;
    private Checkpoint ask;
    private long nanos = 1_000_000_000L;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        Scenario scenario = ScenarioReader.read(Path.of("lessons/scenarios/pull-every-30s.json"));
        FxToolkit.setupStage(s -> {
            FxTheme.apply();
            vm = new StageViewModel(new FanoutPlayback(() -> new FanoutReplay(scenario), Runnable::run,
                    new SnapshotBudget(64L << 20, 1_000_000)));
            view = StageView.drivenByTest(vm);
            double start = vm.startSeconds();
            say = new Checkpoint(start + 20, "database", "Every check so far came back **empty**.", null, 4);
            ask = new Checkpoint(start + 40, "consumers", null, Quizzes.trueFalse("guided-tf"), 9);
            guide = vm.guide(List.of(say, ask));
            Course course = new Course(List.of(), List.of(), Path.of("lessons/scenarios"));
            overlay = new CheckpointOverlay(view, guide, q -> new QuizPanel(q, "pull", progress, course),
                    c -> StageView.cardCorner(c.focus()));
            BorderPane root = new BorderPane(overlay);
            root.setBottom(CheckpointOverlay.pauseToggle(guide));
            s.setScene(new Scene(root, 900, 420));
            s.show();
        });
        frame(0);
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(vm::dispose);
        FxToolkit.cleanupStages();
    }

    private void frame(double seconds) {
        nanos += Math.round(seconds * 1e9);
        long at = nanos;
        robot.interact(() -> view.frameAt(at));
    }

    private void playUntilACard() {
        for (int i = 0; i < 40 && overlay.card() == null; i++) {
            frame(0.25);
        }
        assertThat(overlay.card()).as("the run reached a checkpoint").isNotNull();
    }

    private Node focusOwner() {
        return view.getScene().getFocusOwner();
    }

    private static boolean inside(Node n, Node container) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theRunStopsAtACheckpointAndTheKeyboardAloneAnswersAndGoesOn() {
        double start = vm.startSeconds();
        // two notches on the timeline, one per checkpoint
        assertThat(robot.lookup("." + TimelineBar.TICK_STYLE).queryAll()).hasSize(2);
        robot.clickOn("#stage-canvas");
        robot.type(KeyCode.SPACE); // play
        assertThat(vm.isPlaying()).isTrue();

        playUntilACard();
        assertThat(vm.isPlaying()).isFalse();
        assertThat(vm.getSimSeconds()).isEqualTo(start + 20);
        assertThat(vm.focusProperty().get()).isEqualTo(StagePart.DATABASE);
        assertThat(robot.lookup(".quiz-checkpoint-say").tryQuery()).isPresent();
        Button go = robot.lookup(".quiz-checkpoint-buttons .button").queryButton();
        assertThat(focusOwner()).as("the card has the keys").isSameAs(go);
        frame(0.5);
        assertThat(vm.getSimSeconds()).as("paused while the card is up").isEqualTo(start + 20);

        robot.type(KeyCode.SPACE); // Continue
        assertThat(overlay.card()).isNull();
        assertThat(vm.focusProperty().get()).isNull();
        assertThat(vm.isPlaying()).isTrue();
        assertThat(focusOwner()).as("the keys go back to the stage").isSameAs(robot.lookup("#stage-canvas").query());

        playUntilACard();
        assertThat(vm.getSimSeconds()).isEqualTo(start + 40);
        assertThat(vm.focusProperty().get()).isEqualTo(StagePart.CONSUMERS);
        assertThat(overlay.card().checkpoint()).isEqualTo(ask);
        assertThat(inside(focusOwner(), overlay.card())).as("the question's input has the keys").isTrue();
        Button cont = robot.lookup(".quiz-checkpoint-buttons .button").queryButton();
        assertThat(cont.isDisabled()).as("answer first").isTrue();

        robot.type(KeyCode.T).type(KeyCode.ENTER); // "true", checked
        assertThat(robot.lookup(".quiz-verdict").queryAs(Label.class).getText()).isEqualTo("Right");
        assertThat(progress.lastAnswer("guided-tf").orElseThrow().answer()).isEqualTo("true");
        assertThat(progress.lastAnswer("guided-tf").orElseThrow().lessonId()).isEqualTo("pull");
        assertThat(vm.isPlaying()).as("the verdict is read before going on").isFalse();

        robot.type(KeyCode.ENTER); // Continue
        assertThat(overlay.card()).isNull();
        assertThat(vm.isPlaying()).isTrue();
        frame(0.25);
        assertThat(vm.getSimSeconds()).isGreaterThan(start + 40);
    }

    @Test
    void withStopsSwitchedOffTheRunPlaysThrough() {
        double start = vm.startSeconds();
        CheckBox stops = robot.lookup("#checkpoint-pausing").queryAs(CheckBox.class);
        assertThat(stops.getText()).isEqualTo("Stop at the 2 checkpoints");
        assertThat(stops.isSelected()).isTrue();
        robot.clickOn(stops);
        assertThat(guide.pausingProperty().get()).isFalse();

        robot.clickOn("#stage-play");
        for (int i = 0; i < 30; i++) {
            frame(0.25);
        }
        assertThat(vm.getSimSeconds()).isGreaterThan(start + 40);
        assertThat(overlay.card()).isNull();
        assertThat(robot.lookup("." + TimelineBar.TICK_STYLE).queryAll()).as("the notches stay").hasSize(2);
    }
}
