package org.fanoutlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.Navigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.fanoutlab.ui.lab.common.LabStyles;

/** What a learner does in the lab, on the real engine: open a pull preset, refresh more often, see the waste. */
@ExtendWith(ApplicationExtension.class)
class LabScreenFxTest {
    private LabScreen lab;
    private final List<String> statuses = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("lab-presets");
        // one post a minute to 1,000 followers who check every 30 s: about one empty check per useful one
        Files.writeString(dir.resolve("pull-minutely.json"), """
                {
                  "name": "Minutely posts, pull",
                  "model": "pull",
                  "durationSeconds": 86400,
                  "seed": 7,
                  "consumers": 1000,
                  "producers": [
                    { "name": "ticker", "followers": 1000, "postsPerHour": 60, "schedule": "uniform" }
                  ],
                  "pollIntervalSeconds": 30,
                  "celebrityThreshold": 1000000,
                  "fanoutWritesPerSecond": 0,
                  "cacheCapacity": 800
                }
                """);
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
        lab = new LabScreen(ctx);
        lab.openPreset("pull-minutely");
        // the stage's default pace is made for watching tokens; this test wants figures, fast
        lab.stage().setSpeed(2000);
        // within Monocle's default 1280 x 800 headless screen (a larger window overflows its paint buffer)
        stage.setScene(new Scene((Parent) lab.view(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(lab::dispose);
    }

    @Test
    void refreshingEvery5sInsteadOf30sRaisesEmptyChecksPerUsefulOne(FxRobot robot) throws TimeoutException {
        Label wasted = robot.lookup("#metric-wastedPerUseful").queryAs(Label.class);
        // the running figure starts high (checks before the first post are all empty) and settles near 1
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> value(wasted) > 0 && value(wasted) <= 1.2);
        double at30s = value(wasted);

        TextField poll = robot.lookup("#poll-interval .lab-control-field").queryAs(TextField.class);
        robot.clickOn(poll).push(KeyCode.CONTROL, KeyCode.A).write("5s").type(KeyCode.ENTER);

        // eleven empty checks per useful one from now on: the running figure climbs well past its old level
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> value(wasted) > at30s * 2);
        assertThat(value(wasted)).isGreaterThan(at30s * 2);
        assertThat(poll.getText()).isEqualTo("5 s");
    }

    @Test
    void aBrokenPresetIsListedByLineAndColumnAndTheRunGoesOn(FxRobot robot) throws TimeoutException {
        Label clock = robot.lookup(".lab-metrics .lab-clock").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !clock.getText().isEmpty());
        robot.interact(() -> lab.openPreset("broken"));
        List<String> lines = robot.lookup(".lab-problem-line").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches(".*broken\\.json:\\d+:\\d+: .*"));
        String before = clock.getText();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !clock.getText().equals(before));
        assertThat(robot.lookup("#model-pull").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void typingNonsenseIntoAFieldShowsAMessageBesideIt(FxRobot robot) {
        TextField poll = robot.lookup("#poll-interval .lab-control-field").queryAs(TextField.class);
        robot.clickOn(poll).push(KeyCode.CONTROL, KeyCode.A).write("often").type(KeyCode.ENTER);
        Label error = robot.lookup("#poll-interval .lab-error-text").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("not a duration");
        assertThat(poll.getStyleClass()).contains(LabStyles.FIELD_ERROR);
    }

    @Test
    void saveWritesTheScenarioWithTheLiveChangesAndExportsWriteCsvAndPng(FxRobot robot) throws Exception {
        TextField poll = robot.lookup("#poll-interval .lab-control-field").queryAs(TextField.class);
        robot.clickOn(poll).push(KeyCode.CONTROL, KeyCode.A).write("2 min").type(KeyCode.ENTER);
        Path dir = Files.createTempDirectory("lab-export");
        Path json = dir.resolve("saved.json");
        Path png = dir.resolve("lab.png");
        Path csv = dir.resolve("metrics.csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lab.viewModel().metricsProperty().get() != null);
        robot.interact(() -> {
            try {
                lab.writeScenario(json);
                lab.writePng(png);
                lab.writeMetricsCsv(lab.viewModel().metricsProperty().get(), csv);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        org.fanoutlab.engine.Scenario saved = org.fanoutlab.content.scenario.ScenarioReader.read(json);
        assertThat(saved.pollIntervalSeconds()).isEqualTo(120);
        assertThat(saved).isEqualTo(lab.viewModel().scenario());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(Files.readAllLines(csv).get(0)).startsWith("simSeconds,posts,cacheWrites");
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
