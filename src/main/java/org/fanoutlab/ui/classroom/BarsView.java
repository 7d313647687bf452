package org.fanoutlab.ui.classroom;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** A bar per option: its text, how many chose it, and after the reveal which are right (icon, colour and words). */
final class BarsView extends VBox {
    private static final double LABEL_SHARE = 0.38;

    BarsView(Chart.Bars chart) {
        getStyleClass().add(ClassroomStyles.CHART.css());
        for (Chart.Bar bar : chart.bars()) {
            getChildren().add(row(bar));
        }
    }

    private static HBox row(Chart.Bar bar) {
        Label label = new Label(bar.label());
        label.getStyleClass().add(ClassroomStyles.BAR_LABEL.css());
        label.setWrapText(true);
        label.setMinWidth(0);

        Region fill = new Region();
        fill.getStyleClass().add(ClassroomStyles.BAR_FILL.css());
        StackPane track = new StackPane(fill);
        track.getStyleClass().add(ClassroomStyles.BAR_TRACK.css());
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        fill.maxWidthProperty().bind(track.widthProperty().multiply(bar.share()));
        HBox.setHgrow(track, Priority.ALWAYS);

        Label count = new Label(Messages.format("classroom.bar.count", bar.count(), bar.share()));
        count.getStyleClass().add(ClassroomStyles.BAR_COUNT.css());
        count.setMinWidth(Region.USE_PREF_SIZE);

        HBox row = new HBox(label, track, count);
        // The texts take a fixed share of the width, so every bar starts at the same place and lengths compare.
        label.prefWidthProperty().bind(row.widthProperty().multiply(LABEL_SHARE));
        row.getStyleClass().add(ClassroomStyles.BAR_ROW.css());
        row.setAlignment(Pos.CENTER_LEFT);
        String state = "";
        if (bar.correct() != null) {
            row.getStyleClass().add(bar.correct() ? ClassroomStyles.RIGHT.css() : ClassroomStyles.WRONG.css());
            if (bar.correct()) {
                label.setGraphic(new FontIcon("mdi2c-check-circle"));
                state = " " + Messages.get("classroom.bar.rightAnswer");
            }
        }
        row.setAccessibleText(bar.label() + ": " + count.getText() + state);
        return row;
    }
}
