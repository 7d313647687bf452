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
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.analysis.IntervalSweep;
import org.fanoutlab.analysis.ThresholdSweep;
import org.fanoutlab.analysis.ThresholdPoint;
import org.fanoutlab.analysis.CostWeights;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.common.InputResult;

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
    private final ReadOnlyObjectWrapper<CostWeights> weights =
            new ReadOnlyObjectWrapper<>(this, "weights", CostWeights.EQUAL);
    private final ReadOnlyStringWrapper weightError = new ReadOnlyStringWrapper(this, "weightError");
    private final ReadOnlyObjectWrapper<ThresholdPoint> best = new ReadOnlyObjectWrapper<>(this, "best");
    private AtomicBoolean cancel = new AtomicBoolean();

    public SweepsViewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    void runThresholdSweep(Scenario s) {
        start("Threshold sweep", c -> ThresholdSweep.run(s, ThresholdSweep.DEFAULT_STEPS, this::progressed, c),
                r -> {
                    thresholdResult.set(r);
                    updateBest();
                });
    }

    void runIntervalSweep(Scenario s) {
        start("Poll-interval sweep", c -> IntervalSweep.run(s, IntervalSweep.DEFAULT_STEPS, this::progressed, c),
                intervalResult::set);
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Relative costs typed by the learner; the best threshold moves without running anything again. */
    void setWeights(String perWrite, String perRead) {
        InputResult w = NumberInput.parseCount(perWrite, 0, 1e9);
        InputResult r = NumberInput.parseCount(perRead, 0, 1e9);
        if (!w.isOk() || !r.isOk()) {
            weightError.set(!w.isOk() ? "Cost of a write: " + w.error() : "Cost of a read: " + r.error());
            return;
        }
        weightError.set(null);
        weights.set(new CostWeights(w.value(), r.value()));
        updateBest();
    }

    private void updateBest() {
        ThresholdSweep.Result r = thresholdResult.get();
        best.set(r == null || r.points().isEmpty() ? null : r.best(weights.get()));
    }

    private <R> void start(String what, Function<BooleanSupplier, R> work, java.util.function.Consumer<R> done) {
        if (running.get()) {
            return;
        }
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        running.set(true);
        progress.set(0);
        status.set(what + " running…");
        background.execute(() -> {
            try {
                R result = work.apply(flag::get);
                ui.execute(() -> {
                    done.accept(result);
                    finish(what + " done.");
                });
            } catch (CancellationException e) {
                ui.execute(() -> finish(what + " cancelled."));
            } catch (RuntimeException e) {
                ui.execute(() -> finish(what + " failed: " + e.getMessage()));
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

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ThresholdSweep.Result> thresholdResultProperty() {
        return thresholdResult.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<IntervalSweep.Result> intervalResultProperty() {
        return intervalResult.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<CostWeights> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    ReadOnlyStringProperty weightErrorProperty() {
        return weightError.getReadOnlyProperty();
    }

    /** The cheapest threshold of the last sweep under the current weights, or null. */
    ReadOnlyObjectProperty<ThresholdPoint> bestProperty() {
        return best.getReadOnlyProperty();
    }
}
