package org.fanoutlab.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import org.fanoutlab.ui.common.Messages;

/**
 * The room's guesses as dots stacked over a number line; after the reveal a line marks the right figure (for a
 * predict quiz, the engine's), with the band of guesses counted right shaded behind the dots and each dot marked
 * right or wrong. Guesses far off the rest are counted at the edge ({@link DotPlot}). Nodes, not a canvas, so the
 * theme's CSS colours them.
 */
final class DotPlotView extends Region {
    private final DotPlot plot;
    private final List<Circle> dots = new ArrayList<>();
    private final List<Region> ticks = new ArrayList<>();
    private final List<Label> tickLabels = new ArrayList<>();
    private final Region axis = new Region();
    private final Region band = new Region();
    private final Region marker = new Region();
    private final Label markerLabel = new Label();
    private final Label below = new Label();
    private final Label above = new Label();

    /**
     * @param markerText what the marker's label says ("The engine: 12.5 checks"); ignored without a marker
     */
    DotPlotView(DotPlot plot, String markerText) {
        this.plot = plot;
        getStyleClass().addAll(ClassroomStyles.CHART.css(), ClassroomStyles.DOTS.css());
        setAccessibleRole(AccessibleRole.TEXT);
        setPrefSize(560, 280);
        setMinHeight(160);
        axis.getStyleClass().add(ClassroomStyles.AXIS.css());
        band.getStyleClass().add(ClassroomStyles.BAND.css());
        marker.getStyleClass().add(ClassroomStyles.MARKER.css());
        markerLabel.getStyleClass().add(ClassroomStyles.MARKER_LABEL.css());
        markerLabel.setText(markerText);
        below.getStyleClass().add(ClassroomStyles.OFF_SCALE.css());
        above.getStyleClass().add(ClassroomStyles.OFF_SCALE.css());
        if (plot.marker() != null) {
            getChildren().add(band);
        }
        getChildren().add(axis);
        for (double t : plot.ticks()) {
            Region tick = new Region();
            tick.getStyleClass().add(ClassroomStyles.TICK.css());
            Label label = new Label(Messages.format("classroom.guess", t));
            label.getStyleClass().add(ClassroomStyles.TICK_LABEL.css());
            label.setMinWidth(Region.USE_PREF_SIZE);
            ticks.add(tick);
            tickLabels.add(label);
        }
        getChildren().addAll(ticks);
        getChildren().addAll(tickLabels);
        for (DotPlot.Dot d : plot.dots()) {
            Circle c = new Circle();
            c.getStyleClass().add(ClassroomStyles.DOT.css());
            if (d.correct() != null) {
                c.getStyleClass().add(d.correct() ? ClassroomStyles.RIGHT.css() : ClassroomStyles.WRONG.css());
            }
            dots.add(c);
        }
        getChildren().addAll(dots);
        if (plot.marker() != null) {
            getChildren().addAll(marker, markerLabel);
        }
        if (plot.belowAxis() > 0) {
            below.setText(Messages.format("classroom.dots.below", plot.belowAxis(), Messages.format("classroom.guess", plot.min())));
            getChildren().add(below);
        }
        if (plot.aboveAxis() > 0) {
            above.setText(Messages.format("classroom.dots.above", plot.aboveAxis(), Messages.format("classroom.guess", plot.max())));
            getChildren().add(above);
        }
        setAccessibleText(describe(markerText));
    }

    @Override
    protected void layoutChildren() {
        double em = markerLabel.getFont() == null ? Font.getDefault().getSize() : markerLabel.getFont().getSize();
        double left = snappedLeftInset() + em;
        double right = getWidth() - snappedRightInset() - em;
        double width = Math.max(1, right - left);
        double top = snappedTopInset() + (plot.marker() != null ? em * 2 : em * 0.5);
        double axisY = snapPositionY(getHeight() - snappedBottomInset() - em * 2.4);
        double plotHeight = Math.max(1, axisY - top);

        axis.resizeRelocate(snapPositionX(left), axisY, snapSizeX(width), 2);
        for (int i = 0; i < ticks.size(); i++) {
            double x = snapPositionX(left + width * plot.position(plot.ticks().get(i)));
            ticks.get(i).resizeRelocate(x - 1, axisY, 2, em * 0.4);
            Label l = tickLabels.get(i);
            double lw = l.prefWidth(-1);
            double lx = Math.max(snappedLeftInset(), Math.min(getWidth() - snappedRightInset() - lw, x - lw / 2));
            l.resizeRelocate(snapPositionX(lx), axisY + em * 0.5, lw, l.prefHeight(lw));
        }

        double columnWidth = width / plot.columns();
        double diameter = Math.max(3, Math.min(columnWidth * 0.9, em * 1.1));
        double step = plot.tallest() == 0 ? diameter : Math.min(diameter + 1, plotHeight / plot.tallest());
        for (int i = 0; i < dots.size(); i++) {
            DotPlot.Dot d = plot.dots().get(i);
            Circle c = dots.get(i);
            c.setRadius(diameter / 2);
            c.setCenterX(left + width * plot.columnCentre(d.column()));
            c.setCenterY(axisY - step * d.level() - step / 2 - 1);
        }

        if (plot.marker() != null) {
            double x0 = left + width * plot.position(plot.bandLow());
            double x1 = left + width * plot.position(plot.bandHigh());
            band.resizeRelocate(snapPositionX(x0), top, Math.max(2, snapSizeX(x1 - x0)), axisY - top);
            double mx = snapPositionX(left + width * plot.position(plot.marker()));
            marker.resizeRelocate(mx - 1.5, top - em * 0.3, 3, axisY - top + em * 0.3);
            double lw = markerLabel.prefWidth(-1);
            double lx = Math.max(snappedLeftInset(), Math.min(getWidth() - snappedRightInset() - lw, mx - lw / 2));
            markerLabel.resizeRelocate(snapPositionX(lx), snappedTopInset(), lw, markerLabel.prefHeight(lw));
        }
        if (plot.belowAxis() > 0) {
            below.resizeRelocate(snappedLeftInset(), top, below.prefWidth(-1), below.prefHeight(-1));
        }
        if (plot.aboveAxis() > 0) {
            double w = above.prefWidth(-1);
            above.resizeRelocate(getWidth() - snappedRightInset() - w, top, w, above.prefHeight(-1));
        }
    }

    /** For a screen reader: how many guesses, their range, and the marker. */
    private String describe(String markerText) {
        if (plot.dots().isEmpty() && plot.belowAxis() + plot.aboveAxis() == 0) {
            return Messages.get("classroom.dots.none");
        }
        List<DotPlot.Dot> d = plot.dots();
        String text = Messages.format("classroom.dots.accessible", d.size() + plot.belowAxis() + plot.aboveAxis(),
                d.isEmpty() ? "" : Messages.format("classroom.guess", d.get(0).value()),
                d.isEmpty() ? "" : Messages.format("classroom.guess", d.get(d.size() - 1).value()));
        return plot.marker() == null ? text : text + " " + markerText;
    }
}
