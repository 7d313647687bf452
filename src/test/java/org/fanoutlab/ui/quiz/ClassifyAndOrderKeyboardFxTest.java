package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.progress.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A learner answers a classify and an order quiz with the keyboard alone (Tab, digits, arrows, Alt+arrows, Enter;
 * the mouse never moves), and finds the answers and verdicts kept when the progress file is opened again.
 */
@ExtendWith(ApplicationExtension.class)
class ClassifyAndOrderKeyboardFxTest {
    private static final Quiz SORT = Quizzes.classify("sort");
    private static final Quiz READ = Quizzes.order("read");

    @TempDir
    Path dataDir;
    private VBox host;

    @Start
    void start(Stage stage) {
        FxTheme.apply();
        host = new VBox(16);
        stage.setScene(new Scene(host, 760, 1000));
        stage.show();
    }

    private List<QuizPanel> show(FxRobot robot, ProgressStore store) {
        Course course = new Course(List.of(), List.of(), dataDir.resolve("scenarios"));
        QuizPanel sort = new QuizPanel(SORT, "models", LearnerProgress.of(store), course);
        QuizPanel read = new QuizPanel(READ, "models", LearnerProgress.of(store), course);
        robot.interact(() -> {
            host.getChildren().setAll(sort, read);
            sort.requestFocus();
        });
        return List.of(sort, read);
    }

    private Node focused(FxRobot robot) {
        return host.getScene().getFocusOwner();
    }

    @Test
    void classifyAndOrderAnsweredByKeyboardAloneAreKeptInTheProgressFile(FxRobot robot) {
        List<QuizPanel> panels = show(robot, ProgressStore.open(dataDir));
        QuizPanel sort = panels.get(0);

        // Classify: Tab onto the first item's row; a digit sorts it and moves on; → sorts the last one.
        robot.type(KeyCode.TAB);
        List<Node> sortRows = List.copyOf(sort.lookupAll(".quiz-sort-row"));
        assertThat(focused(robot)).isSameAs(sortRows.get(0));
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT2).type(KeyCode.DIGIT3);
        assertThat(focused(robot)).as("each digit moves to the next item").isSameAs(sortRows.get(3));
        assertThat(focused(robot).getAccessibleText()).isEqualTo("Item 4 of 4: Webhook. Not sorted yet.");
        robot.type(KeyCode.RIGHT);
        assertThat(focused(robot).getAccessibleText()).isEqualTo("Item 4 of 4: Webhook. In Push.");
        assertThat(robot.lookup(".quiz-sort-progress").queryAs(Label.class).getText()).isEqualTo("4 of 4 sorted");
        robot.type(KeyCode.ENTER);
        assertThat(verdicts(robot, sort)).containsExactly("Right");

        // Order: Tab past Check/Hint of the first panel's buttons onto the first step of the second panel.
        QuizPanel read = panels.get(1);
        List<Node> orderRows = List.copyOf(read.lookupAll(".quiz-order-row"));
        while (focused(robot) != orderRows.get(0)) {
            robot.type(KeyCode.TAB);
        }
        int at = 0;
        List<Integer> order = OrderQuiz.initialOrder(READ.id(), 3);
        for (int target = 0; target < 3; target++) {
            int from = order.indexOf(target);
            at = walk(robot, at, from);
            for (int p = from; p > target; p--) {
                robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
                order = swap(order, p - 1, p);
            }
            at = target;
            assertThat(focused(robot)).as("the focus goes with the moved step").isSameAs(orderRows.get(target));
        }
        assertThat(texts(read)).containsExactly("Read the feed cache", "Fetch the celebrity posts", "Merge by time");
        assertThat(robot.lookup(".quiz-order-status").queryAs(Label.class).getText()).startsWith("Moved \u201c");
        robot.type(KeyCode.ENTER);
        assertThat(verdicts(robot, read)).containsExactly("Right");

        // Reopen: a new store on the same folder, new panels.
        ProgressStore reopened = ProgressStore.open(dataDir);
        assertThat(reopened.lastAnswer("sort").orElseThrow().answer()).isEqualTo("1, 2, 3, 1");
        assertThat(reopened.lastAnswer("read").orElseThrow().answer()).isEqualTo("1, 2, 3");
        List<QuizPanel> again = show(robot, reopened);
        assertThat(verdicts(robot, again.get(0))).containsExactly("Right");
        assertThat(again.get(0).lookupAll(".quiz-bucket").stream().map(ToggleButton.class::cast)
                .filter(ToggleButton::isSelected).map(ToggleButton::getText))
                .containsExactly("1  Push", "2  Pull", "3  Hybrid", "1  Push");
        assertThat(texts(again.get(1))).containsExactly("Read the feed cache", "Fetch the celebrity posts",
                "Merge by time");
        assertThat(verdicts(robot, again.get(1))).containsExactly("Right");
        assertThat(again.get(1).lookupAll(".quiz-item-verdict").stream().map(n -> ((Label) n).getText()))
                .containsExactly("Right: position 1. Pushed posts wait there.",
                        "Right: position 2. They were never pushed.", "Right: position 3. Both lists meet here.");
    }

    @Test
    void aWrongSortSaysUnderEachItemWhereItBelongs(FxRobot robot) {
        QuizPanel sort = show(robot, ProgressStore.open(dataDir)).get(0);
        robot.type(KeyCode.DIGIT1, 4); // the panel has the focus: each digit sorts the next item
        robot.type(KeyCode.ENTER);

        assertThat(verdicts(robot, sort)).containsExactly("Not quite");
        List<String> under = sort.lookupAll(".quiz-item-verdict").stream().map(n -> ((Label) n).getText()).toList();
        assertThat(under).containsExactly("Right: Push. Apple's servers send to the phone.",
                "It belongs in Pull, not Push. The reader asks the feed.",
                "It belongs in Hybrid, not Push. Push for most, pull for stars.",
                "Right: Push. The sender calls you.");
        assertThat(sort.lookupAll(".quiz-bucket")).allMatch(Node::isDisabled);
    }

    /** Moves the focus from row {@code from} to row {@code to} with the plain arrows; returns {@code to}. */
    private int walk(FxRobot robot, int from, int to) {
        for (int i = from; i < to; i++) {
            robot.type(KeyCode.DOWN);
        }
        for (int i = from; i > to; i--) {
            robot.type(KeyCode.UP);
        }
        return to;
    }

    private static List<Integer> swap(List<Integer> order, int a, int b) {
        List<Integer> out = new java.util.ArrayList<>(order);
        java.util.Collections.swap(out, a, b);
        return out;
    }

    private static List<String> texts(QuizPanel panel) {
        return panel.lookupAll(".quiz-order-text").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static List<String> verdicts(FxRobot robot, QuizPanel panel) {
        return panel.lookupAll(".quiz-verdict").stream().map(n -> ((Label) n).getText()).toList();
    }
}
