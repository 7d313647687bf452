package org.fanoutlab.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.common.UiLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The guide rebuilt in Spanish keeps the learner's four answers and says the same recommendation in Spanish. */
@ExtendWith(ApplicationExtension.class)
class GuideLanguageFxTest {
    private AppContext ctx;
    private Stage stage;
    private GuideScreen guide;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("guide-presets");
        Files.writeString(dir.resolve("celebrity-hybrid.json"), "{}");
        ctx = new AppContext(new Course(List.of(), List.of(), dir), null, null, dir, null);
        guide = new GuideScreen(ctx);
        stage.setScene(new Scene((Parent) guide.view(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void answersSurviveTheSwitchAndTheRecommendationIsReadInSpanish(FxRobot robot) {
        robot.clickOn("#freshness-seconds-to-minutes");
        robot.clickOn("#fanout-some-millions");
        robot.clickOn("#pace-keeps-up");
        robot.clickOn("#change-often");
        String englishWhy = robot.lookup("#guide-why").queryAs(Label.class).getText();

        robot.interact(() -> {
            Messages.setLocale(UiLanguage.SPANISH.locale());
            ShellScreen next = guide.relocalized(() -> new GuideScreen(ctx));
            stage.getScene().setRoot((Parent) next.view());
        });

        assertThat(robot.lookup("#guide-approach").queryAs(Label.class).getText())
                .isEqualTo("H\u00edbrido: push para la mayor\u00eda, pull para los emisores m\u00e1s grandes");
        assertThat(robot.lookup("#guide-why").queryAs(Label.class).getText())
                .startsWith("Escribir una publicaci\u00f3n").isNotEqualTo(englishWhy);
        assertThat(robot.lookup("#fanout-some-millions").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#fanout-some-millions").queryAs(RadioButton.class).getText())
                .isEqualTo("Algunos emisores llegan a millones");
        assertThat(robot.lookup("#guide-open-preset").queryButton().isDisabled()).isFalse();
    }
}
