package org.fanoutlab.ui.quiz;

import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Two joined toggle buttons, True and False (keys T and F). */
final class TrueFalseInputView implements QuizInputView {
    private final TrueFalseInput input;
    private final ToggleButton yes = new ToggleButton(Messages.get("quiz.truefalse.true"), new FontIcon(MaterialDesignC.CHECK));
    private final ToggleButton no = new ToggleButton(Messages.get("quiz.truefalse.false"), new FontIcon(MaterialDesignC.CLOSE));
    private final VBox box;

    TrueFalseInputView(TrueFalseInput input) {
        this.input = input;
        ToggleGroup group = new ToggleGroup();
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.getStyleClass().add(QuizStyles.LEFT_PILL);
        no.getStyleClass().add(QuizStyles.RIGHT_PILL);
        yes.setTooltip(new Tooltip(Messages.get("quiz.truefalse.true.tooltip")));
        no.setTooltip(new Tooltip(Messages.get("quiz.truefalse.false.tooltip")));
        yes.setOnAction(e -> {
            input.choose(true);
            sync();
        });
        no.setOnAction(e -> {
            input.choose(false);
            sync();
        });
        input.valueProperty().addListener((obs, old, now) -> sync());
        sync();
        box = new VBox(new HBox(yes, no));
        box.getStyleClass().add(QuizStyles.OPTIONS.css());
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void focusFirst() {
        yes.requestFocus();
    }

    private void sync() {
        Boolean v = input.valueProperty().get();
        yes.setSelected(Boolean.TRUE.equals(v));
        no.setSelected(Boolean.FALSE.equals(v));
    }
}
