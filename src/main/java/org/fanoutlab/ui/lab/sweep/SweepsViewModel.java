package org.fanoutlab.ui.lab.sweep;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Scenario;
import java.util.List;
import org.fanoutlab.analysis.IntervalPoint;
import org.fanoutlab.analysis.IntervalSweep;
import org.fanoutlab.analysis.NearTie;
import org.fanoutlab.analysis.SweepResult;
import org.fanoutlab.analysis.ThresholdPoint;
import org.fanoutlab.analysis.ThresholdSweep;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.common.LabText;

/**
 * The two sweeps without the toolkit. Work runs on {@code background}; results and progress are handed to
 * {@code ui} (the FX thread in the app, the calling thread in tests). One sweep at a time.
 */
public final class SweepsViewModel {
    /**
     * What the threshold panel shows; all null before a sweep.
     *
     * @param scaleNote   a note when the sweep's runs were scaled down, else null
     * @param verdict     what the sweep says under the current weights: cheapest, or about equal
     * @param verdictText the verdict in words
     */
    public record ThresholdOutcome(ThresholdSweep.Result result, String scaleNote, ThresholdSweep.Verdict verdict,
            String verdictText) {
        static final ThresholdOutcome NONE = new ThresholdOutcome(null, null, null, null);
    }

    /**
     * What the poll-interval panel shows; no result before a sweep.
     *
     * @param scaleNote  a note when the sweep's runs were scaled down, else null
     * @param chartTitle the chart's title: which model the sweep ran
     */
    public record IntervalOutcome(IntervalSweep.Result result, String scaleNote, String chartTitle) {
    }

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ThresholdOutcome> threshold =
            new ReadOnlyObjectWrapper<>(this, "threshold", ThresholdOutcome.NONE);
    private final ReadOnlyObjectWrapper<IntervalOutcome> interval = new ReadOnlyObjectWrapper<>(this, "interval",
            new IntervalOutcome(null, null, Messages.get("lab.sweep.interval.chart")));
    private final ReadOnlyObjectProperty<CostModel> weights;
    private AtomicBoolean cancel = new AtomicBoolean();

    /** @param weights what a cache write, a read query and a cache read cost: the threshold sweep's verdict follows */
    public SweepsViewModel(Executor background, Executor ui, ReadOnlyObjectProperty<CostModel> weights) {
        this.background = background;
        this.ui = ui;
        this.weights = weights;
        // new weights move the verdict without running anything again
        weights.addListener((o, a, b) -> showVerdict(threshold.get().result()));
    }

    public void runThresholdSweep(Scenario s) {
        if (s == null) {
            return;
        }
        start(Messages.get("lab.sweep.threshold.name"),
                c -> ThresholdSweep.run(s, ThresholdSweep.DEFAULT_STEPS, this::progressed, c), this::showVerdict);
    }

    public void runIntervalSweep(Scenario s) {
        if (s == null) {
            return;
        }
        start(Messages.get("lab.sweep.interval.name"),
                c -> IntervalSweep.run(s, IntervalSweep.DEFAULT_STEPS, this::progressed, c), r -> interval.set(
                        new IntervalOutcome(r, scaleNote(r),
                                Messages.format("lab.sweep.interval.chartFor", LabText.model(r.model())))));
    }

    public void cancel() {
        cancel.set(true);
    }

    /** The sweep {@code r} (null before one) with its verdict under the current weights. */
    private void showVerdict(ThresholdSweep.Result r) {
        ThresholdSweep.Verdict v = r == null || r.points().isEmpty() ? null : r.verdict(weights.get());
        threshold.set(r == null ? ThresholdOutcome.NONE
                : new ThresholdOutcome(r, scaleNote(r), v, v == null ? null : text(v)));
    }

    /** "Cheapest threshold: …", or "About equal: …" when another run is within the tie margin. */
    private static String text(ThresholdSweep.Verdict v) {
        if (v.isNearTie()) {
            List<ThresholdPoint> near = v.aboutEqual();
            return Messages.format("lab.sweep.aboutEqual", near.size(),
                    NumberInput.formatCount(near.get(0).threshold()),
                    NumberInput.formatCount(near.get(near.size() - 1).threshold()),
                    NumberInput.formatFigure(NearTie.MARGIN * 100));
        }
        ThresholdPoint b = v.cheapest();
        return Messages.format("lab.sweep.best", NumberInput.formatCount(b.threshold()),
                NumberInput.formatCount(b.cacheWrites()), NumberInput.formatCount(b.readQueries()),
                NumberInput.formatCount(b.cacheReads()));
    }

    /** Says so when runs were shrunk to stay quick (ScaleModel), and by how much; null when all ran full size. */
    private static String scaleNote(SweepResult r) {
        return r.smallestScale() < 1
                ? Messages.format("lab.sweep.scaled", NumberInput.formatCount(Math.round(1 / r.smallestScale())))
                : null;
    }

    /** One point of the poll-interval chart, in words (its tooltip). */
    public String pointText(IntervalPoint p) {
        return Messages.format("lab.sweep.interval.point", NumberInput.formatSeconds(p.intervalSeconds()),
                NumberInput.formatCount(p.emptyChecks()), NumberInput.formatFigure(p.wastedPerUseful()),
                NumberInput.formatSeconds(p.meanLatencySeconds()));
    }

    private <R> void start(String what, Function<BooleanSupplier, R> work, java.util.function.Consumer<R> done) {
        if (running.get()) {
            return;
        }
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        running.set(true);
        progress.set(0);
        status.set(Messages.format("lab.sweep.running", what));
        background.execute(() -> {
            try {
                R result = work.apply(flag::get);
                ui.execute(() -> {
                    done.accept(result);
                    finish(Messages.format("lab.sweep.done", what));
                });
            } catch (CancellationException e) {
                ui.execute(() -> finish(Messages.format("lab.sweep.cancelled", what)));
            } catch (RuntimeException e) {
                ui.execute(() -> finish(Messages.format("lab.sweep.failed", what, String.valueOf(e.getMessage()))));
            }
        });
    }

    private void progressed(int done, int total) {
        ui.execute(() -> progress.set(done / (double) total));
    }

    private void finish(String message) {
        running.set(false);
        status.set(message);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ThresholdOutcome> thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IntervalOutcome> intervalProperty() {
        return interval.getReadOnlyProperty();
    }

    /** The weights the verdict and the cost chart use (shared with compare mode). */
    public ReadOnlyObjectProperty<CostModel> weightsProperty() {
        return weights;
    }
}
