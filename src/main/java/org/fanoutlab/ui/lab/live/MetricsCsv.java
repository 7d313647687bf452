package org.fanoutlab.ui.lab.live;

import java.util.List;
import java.util.Locale;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.Metrics;

/** The lab's metrics as CSV: one header row of DESIGN.md §2 names, one row of figures. */
public final class MetricsCsv {
    static final List<String> HEADER = List.of("simSeconds", "posts", "cacheWrites", "writeAmplification",
            "checks", "emptyChecks", "usefulChecks", "wastedPerUseful", "readQueries", "deliveries",
            "deliveryLatencySeconds.mean", "deliveryLatencySeconds.p50", "deliveryLatencySeconds.p95",
            "deliveryLatencySeconds.p99", "deliveryLatencySeconds.max", "fanoutBacklogMax", "evictions",
            "undelivered", "sampled");

    private MetricsCsv() {
    }

    public static String format(Metrics m) {
        Latency l = m.deliveryLatencySeconds();
        List<String> row = List.of(num(m.simSeconds()), Long.toString(m.posts()), Long.toString(m.cacheWrites()),
                num(m.writeAmplification()), Long.toString(m.checks()), Long.toString(m.emptyChecks()),
                Long.toString(m.usefulChecks()), num(m.wastedPerUseful()), Long.toString(m.readQueries()),
                Long.toString(m.deliveries()), num(l.mean()), num(l.p50()), num(l.p95()), num(l.p99()),
                num(l.max()), Long.toString(m.fanoutBacklogMax()), Long.toString(m.evictions()),
                Long.toString(m.undelivered()), Boolean.toString(m.sampled()));
        return String.join(",", HEADER) + "\n" + String.join(",", row) + "\n";
    }

    /** Plain decimal, '.' separator in every locale, no exponent for ordinary sizes; NaN/∞ as empty cells. */
    private static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
    }
}
