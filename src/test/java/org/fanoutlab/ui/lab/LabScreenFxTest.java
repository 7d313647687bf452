package org.fanoutlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.FakeDialogService;
import org.fanoutlab.ui.common.Navigator;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.stage.StageViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a learner does in the lab, on the real engine: open a pull preset, refresh more often, see the waste.
 * Simulated time does not run on its own here: the stage is paused and the test moves the engine to the moments
 * it wants, then waits for the engine's answer (an event, not a span of wall time).
 */
@ExtendWith(ApplicationExtension.class)
class LabScreenFxTest {
    /** How long to wait for an event before the test fails; the events come in milliseconds on a quiet box. */
    private static final long PATIENCE_SECONDS = 60;
    private LabScreen lab;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> statuses = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        // the shell's theme: the colours the lab's style sheet looks up
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path dir = Fixtures.pullMinutelyDir("lab-presets");
        Files.writeString(dir.resolve("broken.json"), "{\n  \"name\": \"broken\",\n  \"model\": \"sideways\"\n}\n");
        AppContext ctx = new AppContext(new Course(List.of(), List.of(), dir), null, null, dir, new Navigator() {
            public void openLesson(String lessonId) {
            }

            public void openLab(String presetName) {
            }

            public void openQuizReview() {
            }

            public void openGuide() {
            }

            public void status(String message) {
                statuses.add(message);
            }
        });
        lab = new LabScreen(ctx, dialogs);
        lab.openPreset("pull-minutely");
        // within Monocle's default 1280 x 800 headless screen (a larger window overflows its paint buffer)
        stage.setScene(new Scene((Parent) lab.view(), 1200, 760));
        stage.show();
    }

    @BeforeEach
    void opened(FxRobot robot) throws TimeoutException {
        await(() -> "pull-minutely".equals(lab.viewModel().sourceProperty().get())
                && !lab.viewModel().busyProperty().get() && lab.stage() != null);
        robot.interact(() -> lab.stage().pause());
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(lab::dispose);
    }

    @Test
    void refreshingEvery5sInsteadOf30sRaisesEmptyChecksPerUsefulOne(FxRobot robot) throws TimeoutException {
        Label wasted = robot.lookup("#metric-wastedPerUseful").queryAs(Label.class);
        runTo(robot, 3600);
        // a post a minute, a check every 30 s: about one empty check per useful one
        assertThat(value(wasted)).isBetween(0.8, 1.2);
        double at30s = value(wasted);

        TextField poll = robot.lookup("#poll-interval .lab-control-field").queryAs(TextField.class);
        int batches = lab.batchesSent();
        robot.clickOn(poll).push(KeyCode.CONTROL, KeyCode.A).write("5s").type(KeyCode.ENTER);
        await(() -> lab.batchesSent() > batches);
        runTo(robot, 7200);

        // eleven empty checks per useful one in the second hour: 60 + 660 empty over 60 + 60 useful = 6
        assertThat(value(wasted)).isGreaterThan(at30s * 2).isBetween(5.0, 7.0);
        assertThat(poll.getText()).isEqualTo("5 s");
    }

    @Test
    void aBrokenPresetIsListedByLineAndColumnAndTheRunGoesOn(FxRobot robot) throws TimeoutException {
        runTo(robot, 600);
        Object stageBefore = lab.stage();
        robot.interact(() -> lab.openPreset("broken"));
        await(() -> !robot.lookup(".lab-problem-line").queryAll().isEmpty());
        List<String> lines = robot.lookup(".lab-problem-line").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches(".*broken\\.json:\\d+:\\d+: .*"));
        assertThat(lab.stage()).as("the same run").isSameAs(stageBefore);
        Label clock = robot.lookup(".lab-metrics .lab-clock").queryAs(Label.class);
        runTo(robot, 1200);
        assertThat(clock.getText()).isEqualTo("20 min of 24 h simulated");
        assertThat(robot.lookup("#model-pull").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void typingNonsenseIntoAFieldShowsAMessageBesideIt(FxRobot robot) {
        TextField poll = robot.lookup("#poll-interval .lab-control-field").queryAs(TextField.class);
        robot.clickOn(poll).push(KeyCode.CONTROL, KeyCode.A).write("often").type(KeyCode.ENTER);
        Label error = robot.lookup("#poll-interval .lab-error-text").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("not a duration");
        assertThat(poll.getStyleClass()).contains(LabStyles.FIELD_ERROR.css());
    }

    @Test
    void saveWritesTheScenarioWithTheLiveChangesAndExportsWriteCsvAndPng(FxRobot robot) throws Exception {
        TextField poll = robot.lookup("#poll-interval .lab-control-field").queryAs(TextField.class);
        robot.clickOn(poll).push(KeyCode.CONTROL, KeyCode.A).write("2 min").type(KeyCode.ENTER);
        runTo(robot, 600);
        Path dir = Files.createTempDirectory("lab-export");
        Path json = dir.resolve("saved.json");
        Path png = dir.resolve("lab.png");
        Path csv = dir.resolve("metrics.csv");
        dialogs.answer(json).answer(png).answer(csv);
        robot.interact(() -> {
            lab.saveScenario();
            lab.exportPng();
            lab.exportMetricsCsv();
        });
        assertThat(dialogs.errors).isEmpty();
        Scenario saved = ScenarioReader.read(json);
        assertThat(saved.pollIntervalSeconds()).isEqualTo(120);
        assertThat(saved).isEqualTo(lab.viewModel().scenario());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(Files.readAllLines(csv).get(0)).startsWith("simSeconds,posts,cacheWrites");
        assertThat(dialogs.notices).contains("Saved saved.json", "Saved lab.png", "Saved metrics.csv");
    }

    @Test
    void compareWeighsTheModelsAtTheLearnersCostsAndStopKeepsItsFigures(FxRobot robot) throws TimeoutException {
        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().equals("Compare models")).queryAs(javafx.scene.Node.class));
        Label pullTotal = robot.lookup("#compare-cost-pull").queryAs(Label.class);
        Label pullOpens = robot.lookup("#compare-feedOpens-pull").queryAs(Label.class);
        await(() -> value(pullTotal) > 0);
        robot.clickOn("#compare-stop");
        await(() -> robot.lookup("#compare-stop").query().isDisabled());
        double before = value(pullTotal);
        assertThat(value(pullOpens)).as("pull's readers open their feed too").isPositive();

        // pull pays only read queries (2 each by default): at 20 each its total is ten times larger
        TextField readQuery = robot.lookup(".lab-compare #weight-readQuery").queryAs(TextField.class);
        robot.clickOn(readQuery).push(KeyCode.CONTROL, KeyCode.A).write("20").type(KeyCode.ENTER);
        assertThat(value(pullTotal)).isEqualTo(before * 10);
    }

    /** Moves the paused run's engine to {@code simSeconds}, waits for its figures, and shows them. */
    private void runTo(FxRobot robot, double simSeconds) throws TimeoutException {
        StageViewModel stage = lab.stage();
        robot.interact(() -> stage.seek(simSeconds));
        await(() -> stage.playback().latest() != null && stage.playback().latest().time() >= simSeconds);
        robot.interact(() -> lab.viewModel().refresh());
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static double value(Label l) {
        String t = l.getText().replace(",", "");
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
