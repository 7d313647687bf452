package org.fanoutlab.ui.lab.controls;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.common.Tooltips;

/** A titled log slider with a field for typing the value and a line for typing mistakes. */
public final class LogControlView extends VBox {
    private final Slider slider = new Slider(0, 1, 0);
    private final TextField field = new TextField();
    private boolean echo;

    public LogControlView(String title, String tooltip, LogParameter p) {
        getStyleClass().add(LabStyles.CONTROL.css());
        Label heading = new Label(title);
        heading.getStyleClass().add(LabStyles.CONTROL_TITLE.css());
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.setLabelFor(field);
        Tooltip tip = Tooltips.of(tooltip);
        heading.setTooltip(tip);
        slider.setTooltip(tip);
        field.setTooltip(tip);
        field.getStyleClass().add(LabStyles.CONTROL_FIELD.css());
        field.setPrefColumnCount(7);
        field.setAccessibleText(title);
        slider.setAccessibleText(title);
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox row = new HBox(8, slider, field);
        getChildren().addAll(heading, row, errorLine(p.errorProperty()));

        slider.setValue(p.positionProperty().get());
        field.setText(p.textProperty().get());
        p.positionProperty().addListener((o, a, b) -> {
            echo = true;
            slider.setValue(b.doubleValue());
            echo = false;
        });
        slider.valueProperty().addListener((o, a, b) -> {
            if (!echo) {
                p.setPosition(b.doubleValue());
            }
        });
        p.textProperty().addListener((o, a, b) -> field.setText(b));
        p.errorProperty().addListener((o, a, b) -> {
            field.getStyleClass().remove(LabStyles.FIELD_ERROR.css());
            if (b != null) {
                field.getStyleClass().add(LabStyles.FIELD_ERROR.css());
            }
        });
        onCommit(field, p::type);
    }

    /** Hands the field's text to {@code commit} when the learner presses Enter or leaves the field. */
    public static void onCommit(TextField field, Consumer<String> commit) {
        field.setOnAction(e -> commit.accept(field.getText()));
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.accept(field.getText());
            }
        });
    }

    /** A line under a field for what was wrong with the typed text; takes no room while there is nothing. */
    public static Label errorLine(ReadOnlyStringProperty message) {
        Label error = new Label();
        error.getStyleClass().add(LabStyles.ERROR_TEXT.css());
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    public Slider slider() {
        return slider;
    }

    TextField field() {
        return field;
    }
}
