package org.fanoutlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.fanoutlab.ui.shell.Destination;

/**
 * Every control a keyboard user reaches with Tab must say what it is to a screen reader: its own text, an
 * accessible text, or a label that names it.
 */
class KeyboardAccessibilityTest {
    private static final int MAX_TABS = 400;

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new FanoutLabApp(new LaunchOptions(null, "pull-every-30s", dataDir)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void tabReachesControlsOnEveryScreenAndEachHasAnAccessibleName() {
        List<String> unnamed = new ArrayList<>();
        for (Destination d : Destination.values()) {
            robot.clickOn("#nav-" + d.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            WaitForAsyncUtils.waitForFxEvents();
            // Screens finish building after their first layout (the reader sizes itself, then fills in).
            WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Set<Node> visited = walkWithTab(stage.getScene());
            if (d == Destination.CLASSROOM) {
                // Before a session the class screen has one thing to do: start one.
                assertThat(visited).as("Tab reaches Start class session").anyMatch(n -> "class-start".equals(n.getId()));
            } else {
                assertThat(visited).as("Tab reaches controls on the %s screen", d).hasSizeGreaterThan(4);
            }
            if (d == Destination.LESSONS) {
                // Past the reading text into the quizzes: a nested scroll pane once sent Tab back to the list.
                assertThat(visited).as("Tab reaches the lesson's quiz answers")
                        .anyMatch(n -> n.getStyleClass().contains("quiz-option"));
            }
            for (Node n : visited) {
                if (accessibleName(n, stage.getScene()).isBlank()) {
                    unnamed.add(d + ": " + describe(n));
                }
            }
        }
        assertThat(unnamed).as("focusable controls without an accessible name").isEmpty();
    }

    private Set<Node> walkWithTab(Scene scene) {
        Set<Node> visited = new LinkedHashSet<>();
        for (int i = 0; i < MAX_TABS; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focus = scene.getFocusOwner();
            if (focus == null || !visited.add(focus)) {
                break;
            }
        }
        return visited;
    }

    static String accessibleName(Node n, Scene scene) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
            return n.getAccessibleText();
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l.getText();
        }
        for (Node label : scene.getRoot().lookupAll(".label")) {
            if (label instanceof Label l && l.getLabelFor() == n && l.getText() != null && !l.getText().isBlank()) {
                return l.getText();
            }
        }
        return "";
    }

    private static String describe(Node n) {
        String parent = n.getParent() == null ? "" : " in " + n.getParent().getClass().getSimpleName()
                + (n.getParent().getId() == null ? "" : "#" + n.getParent().getId());
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass() + parent;
    }
}
