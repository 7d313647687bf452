package org.fanoutlab.ui.lab.controls;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.ui.common.InputResult;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;

/**
 * What a cache write, a read query and a cache read cost, as the learner sets them; the compare view and the
 * threshold sweep weigh their runs with {@link #weightsProperty()}. Starts at the engine's defaults
 * ({@link CostModel#DEFAULT}, reasoned in docs/decisions/0002-engine-semantics.md). Typed text that is not a
 * number sets {@link #errorProperty()} and keeps the old weights.
 */
public final class CostWeightsViewModel {
    /** The three weights; {@code key} names their texts in the lab's bundle ({@code lab.weights.KEY}). */
    public enum Weight {
        CACHE_WRITE("cacheWrite", CostModel::perCacheWrite),
        READ_QUERY("readQuery", CostModel::perReadQuery),
        CACHE_READ("cacheRead", CostModel::perCacheRead);

        private final String key;
        private final ToDoubleFunction<CostModel> read;

        Weight(String key, ToDoubleFunction<CostModel> read) {
            this.key = key;
            this.read = read;
        }

        public String key() {
            return key;
        }

        public double of(CostModel m) {
            return read.applyAsDouble(m);
        }

        CostModel with(CostModel m, double v) {
            return switch (this) {
                case CACHE_WRITE -> m.withPerCacheWrite(v);
                case READ_QUERY -> m.withPerReadQuery(v);
                case CACHE_READ -> m.withPerCacheRead(v);
            };
        }
    }

    /** The largest weight a field takes: a million to one is already more than any real ratio. */
    static final double MAX_WEIGHT = 1e6;

    private final ReadOnlyObjectWrapper<CostModel> weights = new ReadOnlyObjectWrapper<>(this, "weights",
            CostModel.DEFAULT);
    private final Map<Weight, ReadOnlyStringWrapper> text = new EnumMap<>(Weight.class);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public CostWeightsViewModel() {
        for (Weight w : Weight.values()) {
            text.put(w, new ReadOnlyStringWrapper(this, w.key(), NumberInput.formatFigure(w.of(CostModel.DEFAULT))));
        }
    }

    /** From a weight's field, when the learner presses Enter or leaves it. */
    public void type(Weight w, String typed) {
        InputResult r = NumberInput.parseCount(typed, 0, MAX_WEIGHT);
        if (!r.isOk()) {
            error.set(Messages.format("lab.weights.error", Messages.get("lab.weights." + w.key()), r.error()));
            return;
        }
        error.set(null);
        weights.set(w.with(weights.get(), r.value()));
        text.get(w).set(NumberInput.formatFigure(r.value()));
    }

    /** Back to the engine's defaults. */
    public void reset() {
        set(CostModel.DEFAULT);
    }

    /** Sets all three weights at once (a Lab rebuilt in another language takes the old one's). */
    public void set(CostModel m) {
        error.set(null);
        weights.set(m);
        for (Weight w : Weight.values()) {
            text.get(w).set(NumberInput.formatFigure(w.of(m)));
        }
    }

    public ReadOnlyObjectProperty<CostModel> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    /** The weight's field text: what was typed, written back tidily ("2", "0.5"). */
    public ReadOnlyStringProperty textProperty(Weight w) {
        return text.get(w).getReadOnlyProperty();
    }

    /** What is wrong with the last text typed, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
