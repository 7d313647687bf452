package org.fanoutlab.ui.quiz;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** A text field with the quiz's unit beside it, and the reason a typed text is not a number. */
final class NumericInputView implements QuizInputView {
    private final TextField field;
    private final VBox box = new VBox();

    /** @param guess a prediction: the field asks for a guess, not an answer */
    NumericInputView(NumericInput input, boolean guess) {
        box.getStyleClass().add(QuizStyles.OPTIONS.css());
        field = new TextField(input.textProperty().get());
        field.setPrefColumnCount(12);
        String what = Messages.get(guess ? "quiz.number.guess" : "quiz.number.answer");
        field.setPromptText(what);
        field.setAccessibleText(what);
        field.setTooltip(new Tooltip(Messages.get("quiz.number.tooltip")));
        field.textProperty().addListener((obs, old, now) -> input.setText(now));
        input.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(field.getText())) {
                field.setText(now);
            }
        });
        HBox row = new HBox(field);
        row.getStyleClass().add(QuizStyles.NUMBER_ROW.css());
        String unit = input.quiz().unit();
        if (unit != null && !unit.isBlank()) {
            Label label = new Label(unit);
            label.getStyleClass().add(QuizStyles.UNIT.css());
            row.getChildren().add(label);
        }
        Label validation = new Label();
        validation.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        validation.getStyleClass().add(QuizStyles.VALIDATION.css());
        validation.textProperty().bind(input.validationProperty());
        QuizPanel.showWhen(validation, input.validationProperty().isNotEmpty());
        validation.setWrapText(true);
        box.getChildren().addAll(row, validation);
    }

    @Override
    public void setLocked(boolean locked) {
        field.setEditable(!locked);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public boolean typing() {
        return field.isFocused();
    }

    @Override
    public void focusFirst() {
        field.requestFocus();
    }
}
