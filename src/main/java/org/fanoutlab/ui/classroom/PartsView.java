package org.fanoutlab.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * classify and order: a row per item or step, its bar split by where the room put it (a colour per bucket, or a
 * shade per position from first to last); after the reveal, the right part is outlined and the row says the share
 * who got it right, in words.
 */
final class PartsView extends VBox {
    private static final double LABEL_SHARE = 0.32;

    /**
     * @param positions true for order (categories are positions, shaded light to dark), false for classify
     */
    PartsView(Chart.Parts chart, boolean positions) {
        getStyleClass().add(ClassroomStyles.CHART.css());
        String prefix = positions ? ClassroomStyles.POSITION_PREFIX : ClassroomStyles.PART_PREFIX;
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add(ClassroomStyles.LEGEND.css());
        if (positions) {
            legend.getChildren().add(new Label(Messages.get("classroom.parts.positions")));
        }
        for (int c = 0; c < chart.categories().size(); c++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll(ClassroomStyles.SWATCH.css(), prefix + c);
            legend.getChildren().add(new Label(chart.categories().get(c), swatch));
        }
        getChildren().add(legend);
        for (Chart.PartRow row : chart.rows()) {
            getChildren().add(row(row, chart.categories(), prefix, positions));
        }
    }

    private static HBox row(Chart.PartRow row, List<String> categories, String prefix, boolean positions) {
        Label label = new Label(row.label());
        label.getStyleClass().add(ClassroomStyles.BAR_LABEL.css());
        label.setWrapText(true);
        label.setMinWidth(0);
        StackedBar bar = new StackedBar(row, categories, prefix);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox box = new HBox(label, bar);
        label.prefWidthProperty().bind(box.widthProperty().multiply(LABEL_SHARE));
        box.getStyleClass().add(ClassroomStyles.PART_ROW.css());
        box.setAlignment(Pos.CENTER_LEFT);
        String said = row.label();
        if (row.right() >= 0) {
            String where = positions ? Messages.format("classroom.parts.atPosition", categories.get(row.right()))
                    : categories.get(row.right());
            Label share = new Label(Messages.format("classroom.parts.rightShare", where, row.rightShare()),
                    new FontIcon("mdi2c-check-circle"));
            share.getStyleClass().add(ClassroomStyles.PART_SHARE.css());
            share.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(share);
            said += ": " + share.getText();
        }
        box.setAccessibleText(said);
        return box;
    }

    /** One row's bar: a segment per category, as wide as its share of the answers. */
    static final class StackedBar extends Region {
        private final List<Region> segments = new ArrayList<>();
        private final List<Integer> counts;
        private final int answered;

        StackedBar(Chart.PartRow row, List<String> categories, String prefix) {
            getStyleClass().addAll(ClassroomStyles.BAR_TRACK.css(), ClassroomStyles.PART_BAR.css());
            counts = row.counts();
            answered = row.answered();
            for (int c = 0; c < counts.size(); c++) {
                Region segment = new Region();
                segment.getStyleClass().add(prefix + c);
                if (row.right() == c) {
                    segment.getStyleClass().add(ClassroomStyles.RIGHT.css());
                }
                Tooltip.install(segment, new Tooltip(Messages.format("classroom.parts.segment", categories.get(c),
                        counts.get(c))));
                segments.add(segment);
            }
            getChildren().addAll(segments);
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + snappedBottomInset() + 22;
        }

        @Override
        protected void layoutChildren() {
            double x = snappedLeftInset();
            double y = snappedTopInset();
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            double h = getHeight() - y - snappedBottomInset();
            for (int c = 0; c < segments.size(); c++) {
                double part = answered == 0 ? 0 : w * counts.get(c) / answered;
                double x0 = snapPositionX(x);
                double x1 = snapPositionX(x + part);
                segments.get(c).resizeRelocate(x0, y, x1 - x0, h);
                x += part;
            }
        }
    }
}
