package org.fanoutlab.ui.lab;

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
import javafx.util.StringConverter;

/** Four charts over simulated time, redrawn whole from {@link ChartData} (bounded, so redrawing is cheap). */
final class ChartsView extends GridPane {
    private final XYChart.Series<Number, Number> writes = series("Cache writes");
    private final XYChart.Series<Number, Number> empty = series("Empty");
    private final XYChart.Series<Number, Number> useful = series("Useful");
    private final XYChart.Series<Number, Number> p50 = series("p50");
    private final XYChart.Series<Number, Number> p95 = series("p95");
    private final XYChart.Series<Number, Number> p99 = series("p99");
    private final XYChart.Series<Number, Number> backlog = series("Waiting writes");

    ChartsView(LabViewModel vm) {
        getStyleClass().add(LabStyles.CHARTS);
        setHgap(8);
        setVgap(8);
        LineChart<Number, Number> writesChart = new LineChart<>(timeAxis(), countAxis("writes / s"));
        writesChart.setTitle("Cache writes per second");
        writesChart.getData().add(writes);
        StackedAreaChart<Number, Number> checksChart = new StackedAreaChart<>(timeAxis(), countAxis("checks / s"));
        checksChart.setTitle("Feed checks per second: empty vs useful");
        checksChart.getData().add(empty);
        checksChart.getData().add(useful);
        LineChart<Number, Number> latencyChart = new LineChart<>(timeAxis(), secondsAxis());
        latencyChart.setTitle("Delivery delay (p50, p95, p99)");
        latencyChart.getData().add(p50);
        latencyChart.getData().add(p95);
        latencyChart.getData().add(p99);
        AreaChart<Number, Number> backlogChart = new AreaChart<>(timeAxis(), countAxis("writes"));
        backlogChart.setTitle("Fan-out queue");
        backlogChart.getData().add(backlog);
        List<XYChart<Number, Number>> charts = List.of(writesChart, checksChart, latencyChart, backlogChart);
        for (XYChart<Number, Number> c : charts) {
            c.setAnimated(false);
            c.getStyleClass().add(LabStyles.CHART);
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

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private static NumberAxis timeAxis() {
        NumberAxis x = new NumberAxis();
        x.setLabel("simulated time");
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(converter(NumberInput::formatSeconds));
        return x;
    }

    private static NumberAxis countAxis(String label) {
        NumberAxis y = new NumberAxis();
        y.setLabel(label);
        y.setTickLabelFormatter(converter(NumberInput::formatCount));
        return y;
    }

    private static NumberAxis secondsAxis() {
        NumberAxis y = new NumberAxis();
        y.setLabel("delay");
        y.setTickLabelFormatter(converter(NumberInput::formatSeconds));
        return y;
    }

    static StringConverter<Number> converter(java.util.function.DoubleFunction<String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return f.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        };
    }
}
