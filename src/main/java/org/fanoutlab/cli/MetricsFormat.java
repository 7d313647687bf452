package org.fanoutlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.Report;

/**
 * A finished run's metrics as a table, one JSON object or CSV: the engine's metric catalogue ({@link Metric}) in
 * its order and names, then {@code elapsedSeconds}, the engine's wall time for the run.
 */
public final class MetricsFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LATENCY = "deliveryLatencySeconds.";

    private MetricsFormat() {
    }

    /** Metric name → value, in report order; latency flattened as {@code deliveryLatencySeconds.p50} etc. */
    public static Map<String, Object> flat(Report r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Metric m : Metric.all()) {
            out.put(m.id(), m.value(r.metrics()));
        }
        out.put(Metric.ELAPSED_SECONDS, r.elapsedSeconds());
        return out;
    }

    public static String json(Report r) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode latency = null;
        for (Map.Entry<String, Object> e : flat(r).entrySet()) {
            String k = e.getKey();
            if (k.startsWith(LATENCY)) {
                if (latency == null) {
                    latency = root.putObject(LATENCY.substring(0, LATENCY.length() - 1));
                }
                latency.put(k.substring(LATENCY.length()), (Double) e.getValue());
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
        StringBuilder head = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (Map.Entry<String, Object> e : flat(r).entrySet()) {
            if (head.length() > 0) {
                head.append(',');
                row.append(',');
            }
            head.append(e.getKey());
            row.append(Metric.plain(e.getValue()));
        }
        return head + "\n" + row + "\n";
    }

    public static String table(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s — %s, %s simulated seconds, %,d consumers%n",
                r.scenario().name(), r.scenario().model().id(), Metric.human(r.scenario().durationSeconds()),
                r.scenario().consumers()));
        for (Map.Entry<String, Object> e : flat(r).entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-28s %18s%n", e.getKey(), Metric.human(e.getValue())));
        }
        return sb.toString();
    }
}
