package org.fanoutlab.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.Navigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A learner answers the four questions, reads the recommendation and opens its preset in the lab. */
@ExtendWith(ApplicationExtension.class)
class GuideScreenFxTest {
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("guide-presets");
        Files.writeString(dir.resolve("celebrity-hybrid.json"), "{}");
        Navigator nav = new Navigator() {
            public void openLesson(String lessonId) {
            }

            public void openLab(String presetName) {
                opened.add(presetName);
            }

            public void openQuizReview() {
            }

            public void openGuide() {
            }

            public void status(String message) {
            }
        };
        GuideScreen guide = new GuideScreen(new AppContext(new Course(List.of(), List.of(), dir), null, null, dir, nav));
        stage.setScene(new Scene((Parent) guide.view(), 1200, 760));
        stage.show();
    }

    @Test
    void answeringForAFeedWithCelebritiesRecommendsHybridAndOpensItsPreset(FxRobot robot) {
        Button open = robot.lookup("#guide-open-preset").queryButton();
        assertThat(open.isDisabled()).isTrue();
        robot.clickOn("#freshness-seconds-to-minutes");
        robot.clickOn("#fanout-some-millions");
        robot.clickOn("#pace-keeps-up");
        assertThat(robot.lookup("#guide-approach").queryAs(Label.class).getText()).isEqualTo("Answer all four questions.");
        robot.clickOn("#change-often");
        assertThat(robot.lookup("#guide-approach").queryAs(Label.class).getText()).isEqualTo(Approach.HYBRID.title());
        assertThat(robot.lookup("#guide-why").queryAs(Label.class).getText()).isNotBlank();
        robot.clickOn(open);
        assertThat(opened).containsExactly("celebrity-hybrid");
    }

    @Test
    void aPresetTheCourseDoesNotHaveCannotBeOpened(FxRobot robot) {
        robot.clickOn("#freshness-minutes-to-hours");
        robot.clickOn("#fanout-few");
        robot.clickOn("#pace-keeps-up");
        robot.clickOn("#change-rarely");
        assertThat(robot.lookup("#guide-approach").queryAs(Label.class).getText()).isEqualTo(Approach.PULL.title());
        assertThat(robot.lookup("#guide-open-preset").queryButton().isDisabled()).isTrue();
    }
}
