package org.fanoutlab.ui.lab.live;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.lab.common.MetricFigure;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.common.Tooltips;

/** The live figures: plain-language label on the left, value on the right, the metric catalogue's name in the tooltip. */
public final class MetricsView extends VBox {
    /** From the engine's catalogue: what push pays (writes, its readers' cache reads), what pull pays, delays. */
    static final List<Metric> SHOWN = List.of(Metric.CACHE_WRITES, Metric.WRITE_AMPLIFICATION, Metric.FEED_OPENS,
            Metric.CACHE_READS, Metric.CHECKS, Metric.EMPTY_CHECKS, Metric.USEFUL_CHECKS, Metric.WASTED_PER_USEFUL,
            Metric.READ_QUERIES, Metric.LATENCY_P50, Metric.LATENCY_P95, Metric.LATENCY_P99, Metric.FANOUT_BACKLOG,
            Metric.FANOUT_BACKLOG_MAX);

    public MetricsView(FiguresViewModel vm) {
        getStyleClass().add(LabStyles.METRICS.css());
        Label clock = new Label();
        clock.getStyleClass().add(LabStyles.CLOCK.css());
        clock.textProperty().bind(vm.clockProperty());
        Label sampled = new Label(Messages.get("lab.metrics.sampled"));
        sampled.getStyleClass().add(LabStyles.SAMPLED.css());
        sampled.setTooltip(Tooltips.of(Messages.get("lab.metrics.sampled.tooltip")));
        sampled.visibleProperty().bind(vm.metricsProperty().map(Metrics::sampled).orElse(false));
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
        for (Metric metric : SHOWN) {
            MetricFigure m = MetricFigure.of(metric);
            Label name = new Label(m.label());
            name.getStyleClass().add(LabStyles.METRIC_LABEL.css());
            name.setWrapText(true);
            Label value = new Label();
            // the figure is the point of the panel: it never shrinks to "677,722..."; the label wraps instead
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.setId("metric-" + m.id());
            value.getStyleClass().add(LabStyles.METRIC_VALUE.css());
            value.textProperty().bind(vm.metricTextProperty(metric));
            Tooltip tip = Tooltips.of(m.tooltip());
            name.setTooltip(tip);
            value.setTooltip(tip);
            grid.addRow(row++, name, value);
        }
        getChildren().addAll(clock, sampled, grid);
        setMinWidth(Region.USE_PREF_SIZE);
    }
}
