package org.fanoutlab.ui.lab.common;

import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;

/**
 * A figure of the engine's metric catalogue as the lab shows it: the catalogue's name and value, a plain-language
 * label and what it means in a real system from the lab's bundle ({@code lab.metric.NAME},
 * {@code lab.metric.NAME.meaning}), written by {@link NumberInput} according to the catalogue's kind.
 */
public record MetricFigure(Metric metric) implements Figure {
    public static MetricFigure of(Metric m) {
        return new MetricFigure(m);
    }

    @Override
    public String id() {
        return metric.id();
    }

    @Override
    public String label() {
        return Messages.get("lab.metric." + metric.id());
    }

    @Override
    public String tooltip() {
        return Messages.format("lab.metric.tooltip", Messages.get("lab.metric." + metric.id() + ".meaning"),
                metric.id());
    }

    @Override
    public double valueOf(Metrics m) {
        return metric.number(m);
    }

    @Override
    public String format(double v) {
        return switch (metric.kind()) {
            case COUNT -> NumberInput.formatWhole(v);
            case RATIO -> NumberInput.formatFigure(v);
            case SECONDS -> NumberInput.formatSeconds(v);
            case FLAG -> Messages.get(v != 0 ? "lab.flag.yes" : "lab.flag.no");
        };
    }
}
