package org.fanoutlab.ui.lab.compare;

import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.common.Figure;

/** The compare table's last row: cache writes, read queries and cache reads, each at the learner's weight. */
record TotalCost(CostModel weights) implements Figure {
    @Override
    public String id() {
        return "cost";
    }

    @Override
    public String label() {
        return Messages.get("lab.compare.cost");
    }

    @Override
    public String tooltip() {
        return Messages.format("lab.compare.cost.tooltip", NumberInput.formatFigure(weights.perCacheWrite()),
                NumberInput.formatFigure(weights.perReadQuery()), NumberInput.formatFigure(weights.perCacheRead()));
    }

    @Override
    public double valueOf(Metrics m) {
        return weights.cost(m);
    }

    @Override
    public String format(double v) {
        return NumberInput.formatWhole(v);
    }
}
