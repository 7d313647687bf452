package org.fanoutlab.ui.lesson;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fanoutlab.content.LessonBlock;
import org.fanoutlab.ui.quiz.InlineMarkdown;
import org.fanoutlab.ui.quiz.QuizStyles;
import org.fanoutlab.ui.shell.Navigator;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/** A lesson's {@code lab} block: a framed card with the caption and a way into the Lab with that preset. */
final class LabCard extends VBox {

    LabCard(LessonBlock.Lab lab, Navigator navigator) {
        getStyleClass().add(LessonStyles.LAB_CARD);
        Label title = new Label("Try it in the Lab \u2013 preset \u201c" + lab.preset() + "\u201d",
                new FontIcon(MaterialDesignF.FLASK_OUTLINE));
        title.getStyleClass().add(LessonStyles.LAB_TITLE);
        getChildren().add(title);
        if (lab.caption() != null && !lab.caption().isBlank()) {
            getChildren().add(InlineMarkdown.render(lab.caption(), LessonStyles.LAB_CAPTION));
        }
        Button open = new Button("Open in the Lab", new FontIcon(MaterialDesignO.OPEN_IN_APP));
        open.getStyleClass().add(QuizStyles.ACCENT);
        open.setTooltip(new Tooltip("Open the Lab with the preset \u201c" + lab.preset() + "\u201d"));
        open.setOnAction(e -> navigator.openLab(lab.preset()));
        HBox buttons = new HBox(open);
        buttons.getStyleClass().add(LessonStyles.LAB_BUTTONS);
        getChildren().add(buttons);
    }

    /** Releases what the card holds while the lesson is open. */
    void dispose() {
        // Nothing yet: the card holds no stage until ui/stage lands.
    }
}
