package org.fanoutlab.ui.lab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fanoutlab.engine.Scenario;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.fanoutlab.analysis.IntervalPoint;
import org.fanoutlab.analysis.ThresholdSweep;
import org.fanoutlab.analysis.ThresholdPoint;
import org.fanoutlab.analysis.CostWeights;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.live.ChartsView;
import org.fanoutlab.ui.lab.compare.CompareView;

/** The threshold sweep and the poll-interval sweep, with one shared progress bar and Cancel button. */
public final class SweepsView extends VBox {
    private final SweepsViewModel vm;
    private final XYChart.Series<Number, Number> cost = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> bestPoint = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> interval = new XYChart.Series<>();
    private NumberAxis thresholdAxis;

    public SweepsView(SweepsViewModel vm, Supplier<Scenario> current) {
        this.vm = vm;
        getStyleClass().add(LabStyles.SWEEPS);
        setSpacing(10);

        ProgressBar bar = new ProgressBar();
        bar.setId("sweep-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(240);
        Button cancel = new Button("Cancel");
        cancel.setId("sweep-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        HBox top = new HBox(12, bar, cancel, status);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox panels = new HBox(12, thresholdPanel(current), intervalPanel(current));
        VBox.setVgrow(panels, Priority.ALWAYS);
        getChildren().addAll(top, panels);
    }

    private VBox thresholdPanel(Supplier<Scenario> current) {
        Label title = new Label("Which celebrity threshold is cheapest?");
        title.getStyleClass().add(LabStyles.SECTION_TITLE);
        Label hint = new Label("Runs this workload as hybrid with thresholds from 1 follower (pull everyone) "
                + "to above the biggest account (push everyone). Cost = writes × cost of a write + "
                + "read queries × cost of a read.");
        hint.getStyleClass().add(LabStyles.HINT);
        hint.setWrapText(true);
        Button run = new Button("Run threshold sweep");
        run.setId("sweep-threshold");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.runThresholdSweep(current.get()));
        TextField perWrite = new TextField("1");
        TextField perRead = new TextField("1");
        perWrite.setPrefColumnCount(4);
        perRead.setPrefColumnCount(4);
        perWrite.setTooltip(new Tooltip("Relative cost of one feed-cache write by the fan-out service."));
        perRead.setTooltip(new Tooltip("Relative cost of one producer timeline queried while a feed is read "
                + "(often dearer than a cache write: it runs while the reader waits)."));
        perWrite.setOnAction(e -> vm.setWeights(perWrite.getText(), perRead.getText()));
        perRead.setOnAction(e -> vm.setWeights(perWrite.getText(), perRead.getText()));
        perWrite.focusedProperty().addListener((o, a, b) -> vm.setWeights(perWrite.getText(), perRead.getText()));
        perRead.focusedProperty().addListener((o, a, b) -> vm.setWeights(perWrite.getText(), perRead.getText()));
        Label weightError = new Label();
        weightError.getStyleClass().add(LabStyles.ERROR_TEXT);
        weightError.textProperty().bind(vm.weightErrorProperty());
        HBox weights = new HBox(8, new Label("Cost of a write"), perWrite, new Label("of a read"), perRead);
        weights.setAlignment(Pos.CENTER_LEFT);

        thresholdAxis = LogTicks.axis("celebrity threshold (followers, log scale)", NumberInput::formatCount);
        NumberAxis y = new NumberAxis();
        y.setLabel("total cost");
        y.setTickLabelFormatter(ChartsView.converter(NumberInput::formatCount));
        LineChart<Number, Number> chart = new LineChart<>(thresholdAxis, y);
        chart.setId("threshold-chart");
        chart.setAnimated(false);
        chart.setTitle("Total cost against threshold");
        cost.setName("cost");
        bestPoint.setName("best");
        chart.getData().add(cost);
        chart.getData().add(bestPoint);
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label best = new Label();
        best.setId("sweep-best");
        best.getStyleClass().add(LabStyles.BEST);
        best.setGraphic(new FontIcon(MaterialDesignT.TROPHY));
        best.visibleProperty().bind(vm.bestProperty().isNotNull());
        vm.bestProperty().addListener((o, a, b) -> showThreshold(best));
        vm.weightsProperty().addListener((o, a, b) -> showThreshold(best));

        Label scaleNote = scaleNote();
        vm.thresholdResultProperty().addListener((o, a, r) -> showScale(scaleNote, r.smallestScale()));
        VBox box = new VBox(8, title, hint, run, weights, weightError, best, chart, scaleNote);
        box.getStyleClass().add(LabStyles.SWEEP_PANEL);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(100);
        return box;
    }

    private void showThreshold(Label best) {
        ThresholdSweep.Result r = vm.thresholdResultProperty().get();
        ThresholdPoint b = vm.bestProperty().get();
        if (r == null || b == null) {
            return;
        }
        CostWeights w = vm.weightsProperty().get();
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (ThresholdPoint p : r.points()) {
            points.add(new XYChart.Data<>(Math.log10(p.threshold()), p.cost(w)));
        }
        cost.getData().setAll(points);
        LogTicks.fit(thresholdAxis, 0, Math.log10(r.points().get(r.points().size() - 1).threshold()));
        bestPoint.getData().setAll(List.of(new XYChart.Data<>(Math.log10(b.threshold()), b.cost(w))));
        best.setText("Cheapest threshold: " + NumberInput.formatCount(b.threshold()) + " followers ("
                + NumberInput.formatCount(b.cacheWrites()) + " writes, " + NumberInput.formatCount(b.readQueries())
                + " read queries)");
    }

    private static Label scaleNote() {
        Label l = new Label();
        l.getStyleClass().add(LabStyles.HINT);
        l.setWrapText(true);
        l.setVisible(false);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** Says so when runs were shrunk to stay quick (ScaleModel), and by how much. */
    private static void showScale(Label note, double smallest) {
        note.setVisible(smallest < 1);
        note.setText("To stay quick, the biggest runs used a scale model with up to "
                + NumberInput.formatCount(Math.round(1 / smallest)) + " times fewer consumers and followers; "
                + "totals are scaled back up, so treat them as estimates.");
    }

    private VBox intervalPanel(Supplier<Scenario> current) {
        Label title = new Label("How often should consumers check?");
        title.getStyleClass().add(LabStyles.SECTION_TITLE);
        Label hint = new Label("Runs this workload with refresh intervals from 1 s to 1 h: checking more often "
                + "means fresher feeds and more empty checks. (A push workload is swept as pull.)");
        hint.getStyleClass().add(LabStyles.HINT);
        hint.setWrapText(true);
        Button run = new Button("Run poll-interval sweep");
        run.setId("sweep-interval");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.runIntervalSweep(current.get()));
        NumberAxis x = LogTicks.axis("mean delivery delay in seconds (log scale)",
                v -> NumberInput.formatCount(v) + " s");
        NumberAxis y = LogTicks.axis("empty checks (log scale)", NumberInput::formatCount);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("interval-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle("Wasted checks against staleness");
        chart.getData().add(interval);
        VBox.setVgrow(chart, Priority.ALWAYS);
        vm.intervalResultProperty().addListener((o, a, r) -> {
            List<XYChart.Data<Number, Number>> points = new ArrayList<>();
            for (IntervalPoint p : r.points()) {
                // a log axis has no place for 0; a run with no empty checks or no deliveries is left out
                if (p.emptyChecks() > 0 && p.meanLatencySeconds() > 0) {
                    points.add(new XYChart.Data<>(Math.log10(p.meanLatencySeconds()), Math.log10(p.emptyChecks())));
                }
            }
            interval.getData().setAll(points);
            if (!points.isEmpty()) {
                LogTicks.fit(x, points.stream().mapToDouble(d -> d.getXValue().doubleValue()).min().getAsDouble(),
                        points.stream().mapToDouble(d -> d.getXValue().doubleValue()).max().getAsDouble());
                LogTicks.fit(y, points.stream().mapToDouble(d -> d.getYValue().doubleValue()).min().getAsDouble(),
                        points.stream().mapToDouble(d -> d.getYValue().doubleValue()).max().getAsDouble());
            }
            chart.setTitle("Wasted checks against staleness (" + CompareView.name(r.model()) + ")");
            int i = 0;
            for (IntervalPoint p : r.points()) {
                if (p.emptyChecks() > 0 && p.meanLatencySeconds() > 0) {
                    javafx.scene.Node node = points.get(i++).getNode();
                    if (node == null) {
                        continue;
                    }
                    Tooltip.install(node, new Tooltip("every "
                            + NumberInput.formatSeconds(p.intervalSeconds()) + ": "
                            + NumberInput.formatCount(p.emptyChecks()) + " empty checks, "
                            + NumberInput.trim(p.wastedPerUseful()) + " per useful one, mean delay "
                            + NumberInput.formatSeconds(p.meanLatencySeconds())));
                }
            }
        });
        Label scaleNote = scaleNote();
        vm.intervalResultProperty().addListener((o, a, r) -> showScale(scaleNote, r.smallestScale()));
        VBox box = new VBox(8, title, hint, run, chart, scaleNote);
        box.getStyleClass().add(LabStyles.SWEEP_PANEL);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(100);
        return box;
    }
}
