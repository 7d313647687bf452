package org.fanoutlab.ui.lab.live;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.lab.common.LabMetric;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.controls.LogControlView;

/** The live figures: plain-language label on the left, value on the right, §2 name in the tooltip. */
public final class MetricsView extends VBox {
    static final LabMetric[] SHOWN = {LabMetric.CACHE_WRITES, LabMetric.WRITE_AMPLIFICATION, LabMetric.CHECKS,
        LabMetric.EMPTY_CHECKS, LabMetric.USEFUL_CHECKS, LabMetric.WASTED_PER_USEFUL, LabMetric.READ_QUERIES,
        LabMetric.LATENCY_P50, LabMetric.LATENCY_P95, LabMetric.LATENCY_P99, LabMetric.FANOUT_BACKLOG,
        LabMetric.FANOUT_BACKLOG_MAX};

    public MetricsView(LabViewModel vm) {
        getStyleClass().add(LabStyles.METRICS);
        Label clock = new Label();
        clock.getStyleClass().add(LabStyles.CLOCK);
        clock.textProperty().bind(vm.clockProperty());
        Label sampled = new Label("≈ estimated from a sample of consumers");
        sampled.getStyleClass().add(LabStyles.SAMPLED);
        sampled.setTooltip(LogControlView.tooltip("Above a million consumers the engine follows a seeded sample "
                + "for empty checks and delivery delays; cache writes and posts stay exact.\n"
                + "In reports and CSV: sampled"));
        sampled.visibleProperty().bind(vm.sampledProperty());
        sampled.managedProperty().bind(sampled.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.ALWAYS);
        // A grid does not grow a row for a wrapped label, so the names keep their full width instead of "Delay…".
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        for (LabMetric m : SHOWN) {
            Label name = new Label(m.label());
            name.getStyleClass().add(LabStyles.METRIC_LABEL);
            name.setWrapText(true);
            Label value = new Label();
            // the figure is the point of the panel: it never shrinks to "677,722..."; the label wraps instead
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.setId("metric-" + m.id());
            value.getStyleClass().add(LabStyles.METRIC_VALUE);
            value.textProperty().bind(vm.metricTextProperty(m));
            Tooltip tip = LogControlView.tooltip(m.tooltip());
            name.setTooltip(tip);
            value.setTooltip(tip);
            grid.addRow(row++, name, value);
        }
        getChildren().addAll(clock, sampled, grid);
        setMinWidth(Region.USE_PREF_SIZE);
    }
}
