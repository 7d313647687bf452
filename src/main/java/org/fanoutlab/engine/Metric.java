package org.fanoutlab.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The metric catalogue: every figure a run reports, in report order, with its name (JSON, CSV and table use it
 * as is), what it means, its unit and how to print it. The CLI's JSON, CSV and table and the Lab's export all
 * come from this one list, so they cannot disagree. Latency figures are named {@code deliveryLatencySeconds.p50}
 * and so on; JSON nests them under {@code deliveryLatencySeconds}.
 */
public enum Metric {
    SIM_SECONDS("simSeconds", "Simulated time these figures describe.", "s", Kind.SECONDS,
            m -> m.simSeconds()),
    POSTS("posts", "Posts the producers made.", "", Kind.COUNT, m -> m.posts()),
    CACHE_WRITES("cacheWrites", "Feed-cache writes the fan-out service made: one per follower per pushed post.", "",
            Kind.COUNT, m -> m.cacheWrites()),
    WRITE_AMPLIFICATION("writeAmplification", "Cache writes per post: how many times each post was copied.", "",
            Kind.RATIO, m -> m.writeAmplification()),
    FEED_OPENS("feedOpens", "Times consumers opened their feed, once every pollIntervalSeconds each, in every model.",
            "", Kind.COUNT, m -> m.feedOpens()),
    CHECKS("checks", "Feed opens in pull and hybrid, where opening the feed asks the servers what is new.", "",
            Kind.COUNT, m -> m.checks()),
    EMPTY_CHECKS("emptyChecks", "Checks that found nothing new.", "", Kind.COUNT, m -> m.emptyChecks()),
    USEFUL_CHECKS("usefulChecks", "Checks that found at least one new post.", "", Kind.COUNT,
            m -> m.usefulChecks()),
    WASTED_PER_USEFUL("wastedPerUseful", "Empty checks per useful one (0 when none was useful).", "", Kind.RATIO,
            m -> m.wastedPerUseful()),
    READ_QUERIES("readQueries", "Producer timelines read to answer feed opens (pull: every followee; hybrid: "
            + "celebrity followees; any model: timelines holding stored posts still to fetch).", "", Kind.COUNT,
            m -> m.readQueries()),
    CACHE_READS("cacheReads", "Feed-cache reads: one per feed open in push and hybrid.", "", Kind.COUNT,
            m -> m.cacheReads()),
    DELIVERIES("deliveries", "(post, follower) pairs delivered.", "", Kind.COUNT, m -> m.deliveries()),
    LATENCY_MEAN("deliveryLatencySeconds.mean", "Mean time from post to delivery.", "s", Kind.SECONDS,
            m -> m.deliveryLatencySeconds().mean()),
    LATENCY_P50("deliveryLatencySeconds.p50", "Half of all deliveries took at most this long.", "s", Kind.SECONDS,
            m -> m.deliveryLatencySeconds().p50()),
    LATENCY_P95("deliveryLatencySeconds.p95", "95 in 100 deliveries took at most this long.", "s", Kind.SECONDS,
            m -> m.deliveryLatencySeconds().p95()),
    LATENCY_P99("deliveryLatencySeconds.p99", "99 in 100 deliveries took at most this long.", "s", Kind.SECONDS,
            m -> m.deliveryLatencySeconds().p99()),
    LATENCY_MAX("deliveryLatencySeconds.max", "The longest time from post to delivery.", "s", Kind.SECONDS,
            m -> m.deliveryLatencySeconds().max()),
    FANOUT_BACKLOG("fanoutBacklog", "Cache writes waiting in the fan-out queue at this moment.", "", Kind.COUNT,
            m -> m.fanoutBacklog()),
    FANOUT_BACKLOG_MAX("fanoutBacklogMax", "The most cache writes ever waiting in the fan-out queue.", "",
            Kind.COUNT, m -> m.fanoutBacklogMax()),
    EVICTIONS("evictions", "Entries pushed out of full feed caches.", "", Kind.COUNT, m -> m.evictions()),
    UNDELIVERED("undelivered", "(post, follower) pairs not delivered yet; at the end, never delivered.", "",
            Kind.COUNT, m -> m.undelivered()),
    SAMPLED("sampled", "True when consumer-dependent figures come from a sample (more than 1,000,000 consumers).",
            "", Kind.FLAG, m -> m.sampled());

    /** How a figure prints. */
    public enum Kind {
        /** A whole number: {@code 1,234,567} in tables, {@code 1234567} in files. */
        COUNT,
        /** A ratio: up to three decimals in tables. */
        RATIO,
        /** Seconds: up to three decimals in tables. */
        SECONDS,
        /** true or false. */
        FLAG
    }

    /** The engine's wall time for a run: not a figure of the simulated system, so printed after the catalogue. */
    public static final String ELAPSED_SECONDS = "elapsedSeconds";

    private static final List<Metric> ALL = List.of(values());

    private final String id;
    private final String description;
    private final String unit;
    private final Kind kind;
    private final Function<Metrics, Object> read;

    Metric(String id, String description, String unit, Kind kind, Function<Metrics, Object> read) {
        this.id = id;
        this.description = description;
        this.unit = unit;
        this.kind = kind;
        this.read = read;
    }

    /** Every metric, in report order. */
    public static List<Metric> all() {
        return ALL;
    }

    /** The metric with this name, or null. */
    public static Metric byId(String id) {
        for (Metric m : ALL) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }

    /** The name in reports, JSON and CSV. */
    public String id() {
        return id;
    }

    /** One sentence on what the figure counts. */
    public String description() {
        return description;
    }

    /** "s" for seconds, empty for counts and ratios. */
    public String unit() {
        return unit;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether the figure is a result of the run a lesson or quiz can state (not the moment's clock, the queue at this
     * instant, or whether the run was sampled).
     */
    public boolean isRunResult() {
        return this != SIM_SECONDS && this != FANOUT_BACKLOG && this != SAMPLED;
    }

    /** The figure: a {@link Long}, {@link Double} or {@link Boolean}. */
    public Object value(Metrics m) {
        return read.apply(m);
    }

    /** The figure as a double (flags as 0 or 1), for charts and comparisons. */
    public double number(Metrics m) {
        Object v = value(m);
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) v).doubleValue();
    }

    /** For files: locale-neutral, '.' decimals, no exponent, no grouping. */
    public String plain(Metrics m) {
        return plain(value(m));
    }

    /** For tables: grouping commas, at most three decimals. */
    public String human(Metrics m) {
        return human(value(m));
    }

    /** {@link #plain(Metrics)} for any figure (the CLI uses it for {@link #ELAPSED_SECONDS} too). */
    public static String plain(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) (double) d);
            }
            return new BigDecimal(Double.toString(d)).toPlainString();
        }
        return String.valueOf(v);
    }

    /** {@link #human(Metrics)} for any figure. */
    public static String human(Object v) {
        if (v instanceof Long l) {
            return String.format(Locale.ROOT, "%,d", l);
        }
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.format(Locale.ROOT, "%,d", (long) (double) d);
            }
            return String.format(Locale.ROOT, "%,.3f", d);
        }
        return String.valueOf(v);
    }
}
