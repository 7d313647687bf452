package org.fanoutlab.ui.lab.common;

import java.util.function.ToDoubleFunction;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;

/**
 * The metrics the lab shows, each under its report name (CSV header, tooltips), with a plain-language label and
 * what it means in a real system from the lab's bundle ({@code lab.metric.NAME}, {@code lab.metric.NAME.meaning}).
 * Every one of them is a cost: lower is better, which is what compare mode marks.
 */
public enum LabMetric implements Figure {
    CACHE_WRITES("cacheWrites", Metrics::cacheWrites, Kind.COUNT),
    WRITE_AMPLIFICATION("writeAmplification", Metrics::writeAmplification, Kind.RATIO),
    CHECKS("checks", Metrics::checks, Kind.COUNT),
    EMPTY_CHECKS("emptyChecks", Metrics::emptyChecks, Kind.COUNT),
    USEFUL_CHECKS("usefulChecks", Metrics::usefulChecks, Kind.COUNT),
    WASTED_PER_USEFUL("wastedPerUseful", Metrics::wastedPerUseful, Kind.RATIO),
    READ_QUERIES("readQueries", Metrics::readQueries, Kind.COUNT),
    LATENCY_P50("deliveryLatencySeconds.p50", m -> m.deliveryLatencySeconds().p50(), Kind.SECONDS),
    LATENCY_P95("deliveryLatencySeconds.p95", m -> m.deliveryLatencySeconds().p95(), Kind.SECONDS),
    LATENCY_P99("deliveryLatencySeconds.p99", m -> m.deliveryLatencySeconds().p99(), Kind.SECONDS),
    FANOUT_BACKLOG("fanoutBacklog", Metrics::fanoutBacklog, Kind.COUNT),
    FANOUT_BACKLOG_MAX("fanoutBacklogMax", Metrics::fanoutBacklogMax, Kind.COUNT);

    enum Kind { COUNT, RATIO, SECONDS }

    private final String id;
    private final ToDoubleFunction<Metrics> read;
    private final Kind kind;

    LabMetric(String id, ToDoubleFunction<Metrics> read, Kind kind) {
        this.id = id;
        this.read = read;
        this.kind = kind;
    }

    /** The report name, as in JSON, CSV and the command line's table. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return Messages.get("lab.metric." + id);
    }

    /** Tooltip text: what the figure means, then its name in reports. */
    @Override
    public String tooltip() {
        return Messages.format("lab.metric.tooltip", Messages.get("lab.metric." + id + ".meaning"), id);
    }

    @Override
    public double valueOf(Metrics m) {
        return read.applyAsDouble(m);
    }

    @Override
    public String format(double v) {
        return switch (kind) {
            case COUNT -> NumberInput.formatWhole(v);
            case RATIO -> NumberInput.formatFigure(v);
            case SECONDS -> NumberInput.formatSeconds(v);
        };
    }
}
