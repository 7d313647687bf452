package org.fanoutlab.ui.lab.live;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.common.AxisLabels;
import org.fanoutlab.ui.lab.common.LabStyles;

/** Four charts over simulated time, redrawn whole from {@link ChartData} (bounded, so redrawing is cheap). */
public final class ChartsView extends GridPane {
    private final XYChart.Series<Number, Number> writes = series("lab.chart.writes.series");
    private final XYChart.Series<Number, Number> empty = series("lab.chart.checks.empty");
    private final XYChart.Series<Number, Number> useful = series("lab.chart.checks.useful");
    private final XYChart.Series<Number, Number> p50 = series("lab.chart.latency.p50");
    private final XYChart.Series<Number, Number> p95 = series("lab.chart.latency.p95");
    private final XYChart.Series<Number, Number> p99 = series("lab.chart.latency.p99");
    private final XYChart.Series<Number, Number> backlog = series("lab.chart.backlog.series");
    private final List<NumberAxis> timeAxes = new ArrayList<>();
    private NumberAxis latencyAxis;

    public ChartsView(FiguresViewModel vm) {
        getStyleClass().add(LabStyles.CHARTS.css());
        setHgap(8);
        setVgap(8);
        LineChart<Number, Number> writesChart = new LineChart<>(timeAxis(), countAxis());
        writesChart.setTitle(Messages.get("lab.chart.writes"));
        writesChart.getData().add(writes);
        StackedAreaChart<Number, Number> checksChart = new StackedAreaChart<>(timeAxis(), countAxis());
        checksChart.setTitle(Messages.get("lab.chart.checks"));
        checksChart.getData().add(empty);
        checksChart.getData().add(useful);
        LineChart<Number, Number> latencyChart = new LineChart<>(timeAxis(), secondsAxis());
        latencyChart.setTitle(Messages.get("lab.chart.latency"));
        latencyChart.getData().add(p50);
        latencyChart.getData().add(p95);
        latencyChart.getData().add(p99);
        AreaChart<Number, Number> backlogChart = new AreaChart<>(timeAxis(), countAxis());
        backlogChart.setTitle(Messages.get("lab.chart.backlog"));
        backlogChart.getData().add(backlog);
        List<XYChart<Number, Number>> charts = List.of(writesChart, checksChart, latencyChart, backlogChart);
        for (XYChart<Number, Number> c : charts) {
            c.setAnimated(false);
            c.getStyleClass().add(LabStyles.CHART.css());
            c.setMinSize(200, 140);
            if (c instanceof LineChart<Number, Number> l) {
                l.setCreateSymbols(false);
            }
            if (c instanceof AreaChart<Number, Number> a) {
                a.setCreateSymbols(false);
            }
            if (c instanceof StackedAreaChart<Number, Number> s) {
                s.setCreateSymbols(false);
            }
        }
        writesChart.setLegendVisible(false);
        backlogChart.setLegendVisible(false);
        writesChart.setId("chart-writes");
        checksChart.setId("chart-checks");
        latencyChart.setId("chart-latency");
        backlogChart.setId("chart-backlog");
        add(writesChart, 0, 0);
        add(checksChart, 1, 0);
        add(latencyChart, 0, 1);
        add(backlogChart, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            // equal shares of what is left after the gaps (percent widths would ignore the gaps and overflow)
            cc.setHgrow(Priority.ALWAYS);
            cc.setMinWidth(0);
            cc.setPrefWidth(100);
            getColumnConstraints().add(cc);
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setMinHeight(0);
            rc.setPrefHeight(100);
            getRowConstraints().add(rc);
        }
        show(vm.chartsProperty().get());
        vm.chartsProperty().addListener((o, a, b) -> show(b));
    }

    private void show(ChartData d) {
        double end = d.size() == 0 ? 60 : d.time()[d.size() - 1];
        for (NumberAxis x : timeAxes) {
            fitTime(x, 0, end);
        }
        fitTime(latencyAxis, 0, Math.max(1, max(d.latencyP99()) * 1.1));
        fill(writes, d.time(), d.writesPerSecond());
        fill(empty, d.time(), d.emptyChecksPerSecond());
        fill(useful, d.time(), d.usefulChecksPerSecond());
        fill(p50, d.time(), d.latencyP50());
        fill(p95, d.time(), d.latencyP95());
        fill(p99, d.time(), d.latencyP99());
        fill(backlog, d.time(), d.backlog());
    }

    private static void fill(XYChart.Series<Number, Number> s, double[] x, double[] y) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            points.add(new XYChart.Data<>(x[i], y[i]));
        }
        s.getData().setAll(points);
    }

    private static XYChart.Series<Number, Number> series(String key) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(Messages.get(key));
        return s;
    }

    /**
     * Time axes in steps people count in (10 s, 1 min, 5 min, 1 h …): auto-ranging picks steps like 100 s and
     * labels them "1.67 min", and crowds the labels together.
     */
    static void fitTime(NumberAxis axis, double from, double to) {
        double step = TIME_STEPS[TIME_STEPS.length - 1];
        for (double s : TIME_STEPS) {
            if ((to - from) / s <= 6) {
                step = s;
                break;
            }
        }
        axis.setLowerBound(Math.floor(from / step) * step);
        axis.setUpperBound(Math.max(Math.ceil(to / step) * step, step));
        axis.setTickUnit(step);
    }

    private static final double[] TIME_STEPS = {0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800,
        3600, 7200, 4 * 3600, 6 * 3600, 12 * 3600, 86_400, 2 * 86_400, 7 * 86_400};

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private NumberAxis timeAxis() {
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setMinorTickCount(0);
        timeAxes.add(x);
        // no axis label: the h:mm:ss ticks say it, and the room goes to the legend on a 1280 x 800 projector
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(AxisLabels.of(NumberInput::formatClock));
        return x;
    }

    /** No axis label: the chart's title names the quantity and its unit, and the room goes to the plot. */
    private static NumberAxis countAxis() {
        NumberAxis y = new NumberAxis();
        y.setTickLabelFormatter(AxisLabels.of(NumberInput::formatCount));
        return y;
    }

    private NumberAxis secondsAxis() {
        NumberAxis y = new NumberAxis();
        y.setAutoRanging(false);
        y.setMinorTickCount(0);
        latencyAxis = y;
        y.setTickLabelFormatter(AxisLabels.of(NumberInput::formatSeconds));
        return y;
    }
}
