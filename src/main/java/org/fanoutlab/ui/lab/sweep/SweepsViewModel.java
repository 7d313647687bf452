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
import org.fanoutlab.analysis.IntervalSweep;
import org.fanoutlab.analysis.ThresholdSweep;
import org.fanoutlab.ui.common.Messages;

/**
 * The two sweeps without the toolkit. Work runs on {@code background}; results and progress are handed to
 * {@code ui} (the FX thread in the app, the calling thread in tests). One sweep at a time.
 */
public final class SweepsViewModel {
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ThresholdSweep.Result> thresholdResult =
            new ReadOnlyObjectWrapper<>(this, "thresholdResult");
    private final ReadOnlyObjectWrapper<IntervalSweep.Result> intervalResult =
            new ReadOnlyObjectWrapper<>(this, "intervalResult");
    private final ReadOnlyObjectProperty<CostModel> weights;
    private final ReadOnlyObjectWrapper<ThresholdSweep.Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private AtomicBoolean cancel = new AtomicBoolean();

    /** @param weights what a cache write, a read query and a cache read cost: the threshold sweep's verdict follows */
    public SweepsViewModel(Executor background, Executor ui, ReadOnlyObjectProperty<CostModel> weights) {
        this.background = background;
        this.ui = ui;
        this.weights = weights;
        // new weights move the verdict without running anything again
        weights.addListener((o, a, b) -> updateVerdict());
    }

    public void runThresholdSweep(Scenario s) {
        if (s == null) {
            return;
        }
        start(Messages.get("lab.sweep.threshold.name"),
                c -> ThresholdSweep.run(s, ThresholdSweep.DEFAULT_STEPS, this::progressed, c), r -> {
                    thresholdResult.set(r);
                    updateVerdict();
                });
    }

    public void runIntervalSweep(Scenario s) {
        if (s == null) {
            return;
        }
        start(Messages.get("lab.sweep.interval.name"),
                c -> IntervalSweep.run(s, IntervalSweep.DEFAULT_STEPS, this::progressed, c), intervalResult::set);
    }

    public void cancel() {
        cancel.set(true);
    }

    private void updateVerdict() {
        ThresholdSweep.Result r = thresholdResult.get();
        verdict.set(r == null || r.points().isEmpty() ? null : r.verdict(weights.get()));
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

    public ReadOnlyObjectProperty<ThresholdSweep.Result> thresholdResultProperty() {
        return thresholdResult.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IntervalSweep.Result> intervalResultProperty() {
        return intervalResult.getReadOnlyProperty();
    }

    /** The weights the verdict and the cost chart use (shared with compare mode). */
    public ReadOnlyObjectProperty<CostModel> weightsProperty() {
        return weights;
    }

    /** What the last threshold sweep says under the current weights: cheapest, or about equal; null before one. */
    public ReadOnlyObjectProperty<ThresholdSweep.Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }
}
