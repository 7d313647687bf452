package org.fanoutlab.ui.lab.common;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.ui.common.NumberInput;

/**
 * The metrics the lab shows, each with its DESIGN.md §2 name (CSV header, tooltips), a plain-language label
 * for the screen, and what it means in a real system. Every one of them is a cost: lower is better, which is
 * what compare mode marks.
 */
public enum LabMetric {
    CACHE_WRITES("cacheWrites", "Cache writes",
            "Feed-cache writes the fan-out service made: one per follower per pushed post.",
            Metrics::cacheWrites, Kind.COUNT),
    WRITE_AMPLIFICATION("writeAmplification", "Writes per post",
            "Cache writes divided by posts: how many times each post is copied.",
            Metrics::writeAmplification, Kind.RATIO),
    CHECKS("checks", "Feed checks",
            "Times consumers opened their feed; in pull and hybrid each one is a request to the servers.",
            Metrics::checks, Kind.COUNT),
    EMPTY_CHECKS("emptyChecks", "Empty checks",
            "Checks that found nothing new: work spent for no news.",
            Metrics::emptyChecks, Kind.COUNT),
    USEFUL_CHECKS("usefulChecks", "Useful checks",
            "Checks that found at least one new post.",
            Metrics::usefulChecks, Kind.COUNT),
    WASTED_PER_USEFUL("wastedPerUseful", "Empty checks per useful one",
            "Empty checks divided by useful checks: the price of polling more often than things change.",
            Metrics::wastedPerUseful, Kind.RATIO),
    READ_QUERIES("readQueries", "Read queries",
            "Producer timelines queried while answering checks: the database work of pulling.",
            Metrics::readQueries, Kind.COUNT),
    LATENCY_P50("deliveryLatencySeconds.p50", "Delivery delay, typical (p50)",
            "Half of all posts reached a follower within this time.",
            m -> m.deliveryLatencySeconds().p50(), Kind.SECONDS),
    LATENCY_P95("deliveryLatencySeconds.p95", "Delivery delay, slow (p95)",
            "95 in 100 deliveries were at least this fast.",
            m -> m.deliveryLatencySeconds().p95(), Kind.SECONDS),
    LATENCY_P99("deliveryLatencySeconds.p99", "Delivery delay, worst 1% (p99)",
            "Only 1 in 100 deliveries took longer than this.",
            m -> m.deliveryLatencySeconds().p99(), Kind.SECONDS),
    FANOUT_BACKLOG("fanoutBacklog", "Fan-out queue now",
            "Cache writes waiting in the fan-out queue at this moment.",
            Metrics::fanoutBacklog, Kind.COUNT),
    FANOUT_BACKLOG_MAX("fanoutBacklogMax", "Fan-out queue, longest",
            "The most cache writes ever waiting in the fan-out queue during this run.",
            Metrics::fanoutBacklogMax, Kind.COUNT);

    enum Kind { COUNT, RATIO, SECONDS }

    private final String id;
    private final String label;
    private final String meaning;
    private final ToDoubleFunction<Metrics> read;
    private final Kind kind;

    LabMetric(String id, String label, String meaning, ToDoubleFunction<Metrics> read, Kind kind) {
        this.id = id;
        this.label = label;
        this.meaning = meaning;
        this.read = read;
        this.kind = kind;
    }

    /** The §2 name, as in reports and CSV. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Tooltip text: what the figure means, then its name in reports. */
    public String tooltip() {
        return meaning + "\nIn reports and CSV: " + id;
    }

    public double valueOf(Metrics m) {
        return read.applyAsDouble(m);
    }

    public String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        return switch (kind) {
            case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(v));
            case RATIO -> NumberInput.trim(v);
            case SECONDS -> NumberInput.formatSeconds(v);
        };
    }
}
