package org.fanoutlab.ui.lab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.analysis.IntervalPoint;
import org.fanoutlab.analysis.IntervalSweep;
import org.fanoutlab.analysis.ThresholdPoint;
import org.fanoutlab.analysis.ThresholdSweep;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.common.AxisLabels;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.controls.CostWeightsView;
import org.fanoutlab.ui.lab.controls.CostWeightsViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The threshold sweep and the poll-interval sweep, with one shared progress bar and Cancel button. */
public final class SweepsView extends VBox {
    private final SweepsViewModel vm;
    private final XYChart.Series<Number, Number> cost = new XYChart.Series<>();
    /** The cheapest point, or every point about equal to it. */
    private final XYChart.Series<Number, Number> bestPoints = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> interval = new XYChart.Series<>();
    private final Label best = new Label();
    private NumberAxis thresholdAxis;
    private LineChart<Number, Number> intervalChart;

    public SweepsView(SweepsViewModel vm, CostWeightsViewModel weights, Supplier<Scenario> current) {
        this.vm = vm;
        getStyleClass().add(LabStyles.SWEEPS.css());
        setSpacing(10);

        ProgressBar bar = new ProgressBar();
        bar.setId("sweep-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(240);
        Button cancel = new Button(Messages.get("lab.sweep.cancel"));
        cancel.setId("sweep-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        HBox top = new HBox(12, bar, cancel, status);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox panels = new HBox(12,
                panel("threshold", () -> vm.runThresholdSweep(current.get()),
                        vm.thresholdProperty().map(SweepsViewModel.ThresholdOutcome::scaleNote),
                        new CostWeightsView(weights), best, thresholdChart()),
                panel("interval", () -> vm.runIntervalSweep(current.get()),
                        vm.intervalProperty().map(SweepsViewModel.IntervalOutcome::scaleNote),
                        intervalChart()));
        VBox.setVgrow(panels, Priority.ALWAYS);
        getChildren().addAll(top, panels);

        best.setId("sweep-best");
        best.getStyleClass().add(LabStyles.BEST.css());
        best.setWrapText(true);
        best.textProperty().bind(vm.thresholdProperty().map(SweepsViewModel.ThresholdOutcome::verdictText));
        best.visibleProperty().bind(vm.thresholdProperty().map(t -> t.verdict() != null));
        best.managedProperty().bind(best.visibleProperty());
        vm.thresholdProperty().addListener((o, a, t) -> showThreshold(t));
        vm.intervalProperty().addListener((o, a, t) -> showInterval(t.result()));
    }

    /**
     * One sweep: title, what it does, its Run button, its own parts, and a note when runs were scaled down.
     * Keys are {@code lab.sweep.NAME.title}, {@code .hint} and {@code .run}.
     */
    private VBox panel(String name, Runnable run, ObservableValue<String> scaled, Node... parts) {
        Label title = new Label(Messages.get("lab.sweep." + name + ".title"));
        title.getStyleClass().add(LabStyles.SECTION_TITLE.css());
        title.setWrapText(true);
        Label hint = new Label(Messages.get("lab.sweep." + name + ".hint"));
        hint.getStyleClass().add(LabStyles.HINT.css());
        hint.setWrapText(true);
        Button go = new Button(Messages.get("lab.sweep." + name + ".run"));
        go.setId("sweep-" + name);
        go.disableProperty().bind(vm.runningProperty());
        go.setOnAction(e -> run.run());
        Label scaleNote = new Label();
        scaleNote.getStyleClass().add(LabStyles.HINT.css());
        scaleNote.setWrapText(true);
        scaleNote.textProperty().bind(scaled);
        scaleNote.visibleProperty().bind(scaleNote.textProperty().isNotNull());
        scaleNote.managedProperty().bind(scaleNote.visibleProperty());
        VBox box = new VBox(8, title, hint, go);
        box.getChildren().addAll(parts);
        box.getChildren().add(scaleNote);
        // the chart takes what is left; the text above and below it wraps to full height, never to "…"
        for (Label l : List.of(title, hint, scaleNote, best)) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        box.getStyleClass().add(LabStyles.SWEEP_PANEL.css());
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(100);
        return box;
    }

    private Node thresholdChart() {
        thresholdAxis = LogTicks.axis(Messages.get("lab.sweep.threshold.axis"), NumberInput::formatCount);
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.get("lab.sweep.threshold.cost"));
        y.setTickLabelFormatter(AxisLabels.of(NumberInput::formatCount));
        LineChart<Number, Number> chart = chart("threshold-chart", thresholdAxis, y,
                Messages.get("lab.sweep.threshold.chart"));
        cost.setName(Messages.get("lab.sweep.threshold.series"));
        bestPoints.setName(Messages.get("lab.sweep.threshold.bestSeries"));
        chart.getData().add(cost);
        chart.getData().add(bestPoints);
        return chart;
    }

    private Node intervalChart() {
        NumberAxis x = LogTicks.axis(Messages.get("lab.sweep.interval.axis"),
                v -> Messages.format("lab.sweep.interval.tick", NumberInput.formatCount(v)));
        NumberAxis y = LogTicks.axis(Messages.get("lab.sweep.interval.empty"), NumberInput::formatCount);
        intervalChart = chart("interval-chart", x, y, Messages.get("lab.sweep.interval.chart"));
        intervalChart.titleProperty().bind(vm.intervalProperty().map(SweepsViewModel.IntervalOutcome::chartTitle));
        intervalChart.setLegendVisible(false);
        intervalChart.getData().add(interval);
        return intervalChart;
    }

    private static LineChart<Number, Number> chart(String id, NumberAxis x, NumberAxis y, String title) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setTitle(title);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private void showThreshold(SweepsViewModel.ThresholdOutcome t) {
        ThresholdSweep.Result r = t.result();
        ThresholdSweep.Verdict v = t.verdict();
        if (r == null || v == null) {
            return;
        }
        CostModel w = v.weights();
        cost.getData().setAll(points(r.points(), w));
        LogTicks.fit(thresholdAxis, 0, Math.log10(r.points().get(r.points().size() - 1).threshold()));
        bestPoints.getData().setAll(points(v.isNearTie() ? v.aboutEqual() : List.of(v.cheapest()), w));
        best.setGraphic(new FontIcon(v.isNearTie() ? MaterialDesignS.SCALE_BALANCE : MaterialDesignT.TROPHY));
    }

    private static List<XYChart.Data<Number, Number>> points(List<ThresholdPoint> ps, CostModel w) {
        List<XYChart.Data<Number, Number>> out = new ArrayList<>();
        for (ThresholdPoint p : ps) {
            out.add(new XYChart.Data<>(Math.log10(p.threshold()), p.cost(w)));
        }
        return out;
    }

    private void showInterval(IntervalSweep.Result r) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        List<IntervalPoint> shown = new ArrayList<>();
        for (IntervalPoint p : r.points()) {
            // a log axis has no place for 0; a run with no empty checks or no deliveries is left out
            if (p.emptyChecks() > 0 && p.meanLatencySeconds() > 0) {
                points.add(new XYChart.Data<>(Math.log10(p.meanLatencySeconds()), Math.log10(p.emptyChecks())));
                shown.add(p);
            }
        }
        interval.getData().setAll(points);
        if (!points.isEmpty()) {
            LogTicks.fit((NumberAxis) intervalChart.getXAxis(), min(points, true), max(points, true));
            LogTicks.fit((NumberAxis) intervalChart.getYAxis(), min(points, false), max(points, false));
        }
        for (int i = 0; i < points.size(); i++) {
            Node node = points.get(i).getNode();
            IntervalPoint p = shown.get(i);
            if (node != null) {
                Tooltip.install(node, new Tooltip(vm.pointText(p)));
            }
        }
    }

    private static double min(List<XYChart.Data<Number, Number>> points, boolean x) {
        return points.stream().mapToDouble(d -> (x ? d.getXValue() : d.getYValue()).doubleValue()).min().orElse(0);
    }

    private static double max(List<XYChart.Data<Number, Number>> points, boolean x) {
        return points.stream().mapToDouble(d -> (x ? d.getXValue() : d.getYValue()).doubleValue()).max().orElse(0);
    }
}
