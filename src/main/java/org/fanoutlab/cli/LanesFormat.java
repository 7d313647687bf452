package org.fanoutlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.lanes.LaneMetrics;

/**
 * The {@code lanes} section of {@code run}'s output, for scenarios that have lanes. Kept apart from
 * {@link MetricsFormat} so that the fan-out report stays exactly as it was: JSON gains a {@code "lanes"} array,
 * CSV a second block after a blank line (one row per lane), the table a second section. Numbers print as the
 * metric catalogue prints them ({@link Metric#plain}, {@link Metric#human}).
 */
final class LanesFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LanesFormat() {
    }

    /** Lane field → value in report order; latency flattened as {@code latency.p50} etc. */
    static Map<String, Object> flat(LaneMetrics m) {
        Latency l = m.latency();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("type", m.type().id());
        out.put("requests", m.requests());
        out.put("emptyAnswers", m.emptyAnswers());
        out.put("openConnections", m.openConnections());
        out.put("openConnectionsMax", m.openConnectionsMax());
        out.put("deliveries", m.deliveries());
        out.put("latency.mean", l.mean());
        out.put("latency.p50", l.p50());
        out.put("latency.p95", l.p95());
        out.put("latency.p99", l.p99());
        out.put("latency.max", l.max());
        out.put("drops", m.drops());
        out.put("duplicates", m.duplicates());
        out.put("retries", m.retries());
        out.put("givenUp", m.givenUp());
        out.put("lagMax", m.lagMax());
        out.put("lagNow", m.lagNow());
        out.put("replays", m.replays());
        out.put("reissues", m.reissues());
        out.put("blockedSeconds", m.blockedSeconds());
        out.put("clientMessages", m.clientMessages());
        return out;
    }

    /** The fan-out report's JSON object with a {@code "lanes": [ … ]} member added at the end. */
    static String json(String reportJson, List<LaneMetrics> lanes) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(reportJson);
            ArrayNode arr = root.putArray("lanes");
            for (LaneMetrics m : lanes) {
                ObjectNode o = arr.addObject();
                ObjectNode latency = null;
                for (Map.Entry<String, Object> e : flat(m).entrySet()) {
                    String k = e.getKey();
                    if (k.startsWith("latency.")) {
                        if (latency == null) {
                            latency = o.putObject("latency");
                        }
                        latency.put(k.substring("latency.".length()), (Double) e.getValue());
                    } else {
                        o.putPOJO(k, e.getValue());
                    }
                }
            }
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A blank line, then a header and one row per lane (names quoted when they hold commas or quotes). */
    static String csv(List<LaneMetrics> lanes) {
        StringBuilder sb = new StringBuilder("\n");
        sb.append(String.join(",", flat(lanes.get(0)).keySet())).append('\n');
        for (LaneMetrics m : lanes) {
            StringBuilder row = new StringBuilder();
            for (Object v : flat(m).values()) {
                if (row.length() > 0) {
                    row.append(',');
                }
                row.append(csvCell(Metric.plain(v)));
            }
            sb.append(row).append('\n');
        }
        return sb.toString();
    }

    static String table(List<LaneMetrics> lanes) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "lanes (fed by the first producer)%n"));
        for (LaneMetrics m : lanes) {
            sb.append(String.format(Locale.ROOT, "  %s (%s)%n", m.name(), m.type().id()));
            for (Map.Entry<String, Object> e : flat(m).entrySet()) {
                if (!e.getKey().equals("name") && !e.getKey().equals("type")) {
                    sb.append(String.format(Locale.ROOT, "    %-26s %18s%n", e.getKey(), Metric.human(e.getValue())));
                }
            }
        }
        return sb.toString();
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
