package org.fanoutlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Report;

/** A finished run's metrics as a table, one JSON object or CSV, under the DESIGN.md §2 metric names. */
public final class MetricsFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricsFormat() {
    }

    /** Metric name → value, in report order; latency flattened as {@code deliveryLatencySeconds.p50} etc. */
    public static Map<String, Object> flat(Report r) {
        Metrics m = r.metrics();
        Latency l = m.deliveryLatencySeconds();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("posts", m.posts());
        out.put("cacheWrites", m.cacheWrites());
        out.put("writeAmplification", m.writeAmplification());
        out.put("checks", m.checks());
        out.put("emptyChecks", m.emptyChecks());
        out.put("usefulChecks", m.usefulChecks());
        out.put("wastedPerUseful", m.wastedPerUseful());
        out.put("readQueries", m.readQueries());
        out.put("deliveries", m.deliveries());
        out.put("deliveryLatencySeconds.mean", l.mean());
        out.put("deliveryLatencySeconds.p50", l.p50());
        out.put("deliveryLatencySeconds.p95", l.p95());
        out.put("deliveryLatencySeconds.p99", l.p99());
        out.put("deliveryLatencySeconds.max", l.max());
        out.put("fanoutBacklogMax", m.fanoutBacklogMax());
        out.put("evictions", m.evictions());
        out.put("undelivered", m.undelivered());
        out.put("elapsedSeconds", r.elapsedSeconds());
        out.put("sampled", m.sampled());
        return out;
    }

    public static String json(Report r) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode latency = null;
        for (Map.Entry<String, Object> e : flat(r).entrySet()) {
            String k = e.getKey();
            if (k.startsWith("deliveryLatencySeconds.")) {
                if (latency == null) {
                    latency = root.putObject("deliveryLatencySeconds");
                }
                latency.put(k.substring(k.indexOf('.') + 1), (Double) e.getValue());
            } else {
                root.putPOJO(k, e.getValue());
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csv(Report r) {
        Map<String, Object> f = flat(r);
        StringBuilder head = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (Map.Entry<String, Object> e : f.entrySet()) {
            if (head.length() > 0) {
                head.append(',');
                row.append(',');
            }
            head.append(e.getKey());
            row.append(e.getValue());
        }
        return head + "\n" + row + "\n";
    }

    public static String table(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s — %s, %s simulated seconds, %,d consumers%n",
                r.scenario().name(), r.scenario().model().id(), human(r.scenario().durationSeconds()),
                r.scenario().consumers()));
        for (Map.Entry<String, Object> e : flat(r).entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-28s %18s%n", e.getKey(), human(e.getValue())));
        }
        return sb.toString();
    }

    private static String human(Object v) {
        if (v instanceof Long) {
            return String.format(Locale.ROOT, "%,d", (Long) v);
        }
        if (v instanceof Double) {
            double d = (Double) v;
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.format(Locale.ROOT, "%,d", (long) d);
            }
            return String.format(Locale.ROOT, "%,.3f", d);
        }
        return String.valueOf(v);
    }
}
