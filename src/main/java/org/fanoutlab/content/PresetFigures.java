package org.fanoutlab.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Simulation;

/** Runs a preset headless and reads one metric by its DESIGN.md §2 name (for predict quizzes and lesson checks). */
public final class PresetFigures {
    /** The names quizzes may ask about, in DESIGN.md §2 order. */
    private static final Map<String, ToDoubleFunction<Metrics>> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("posts", Metrics::posts);
        METRICS.put("cacheWrites", Metrics::cacheWrites);
        METRICS.put("writeAmplification", Metrics::writeAmplification);
        METRICS.put("checks", Metrics::checks);
        METRICS.put("emptyChecks", Metrics::emptyChecks);
        METRICS.put("usefulChecks", Metrics::usefulChecks);
        METRICS.put("wastedPerUseful", Metrics::wastedPerUseful);
        METRICS.put("readQueries", Metrics::readQueries);
        METRICS.put("deliveries", Metrics::deliveries);
        METRICS.put("deliveryLatencySeconds.mean", m -> m.deliveryLatencySeconds().mean());
        METRICS.put("deliveryLatencySeconds.p50", m -> m.deliveryLatencySeconds().p50());
        METRICS.put("deliveryLatencySeconds.p95", m -> m.deliveryLatencySeconds().p95());
        METRICS.put("deliveryLatencySeconds.p99", m -> m.deliveryLatencySeconds().p99());
        METRICS.put("deliveryLatencySeconds.max", m -> m.deliveryLatencySeconds().max());
        METRICS.put("fanoutBacklogMax", Metrics::fanoutBacklogMax);
        METRICS.put("evictions", Metrics::evictions);
        METRICS.put("undelivered", Metrics::undelivered);
    }

    private PresetFigures() {
    }

    /**
     * @param metric e.g. {@code wastedPerUseful} or {@code deliveryLatencySeconds.p99}
     * @throws IllegalArgumentException when {@link #isKnownMetric} says no
     */
    public static double value(Metrics metrics, String metric) {
        ToDoubleFunction<Metrics> read = METRICS.get(metric);
        if (read == null) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'; known: " + String.join(", ", names()));
        }
        return read.applyAsDouble(metrics);
    }

    /** Runs the preset file to its end and returns the named metric. Blocking: call off the FX thread. */
    public static double run(Path presetFile, String metric) throws IOException, ScenarioFileException {
        if (!isKnownMetric(metric)) {
            // Fail before spending seconds on a run whose figure cannot be read.
            throw new IllegalArgumentException("unknown metric '" + metric + "'; known: " + String.join(", ", names()));
        }
        return value(Simulation.run(ScenarioReader.read(presetFile)).metrics(), metric);
    }

    /** Whether {@code metric} is a name {@link #value} understands. */
    public static boolean isKnownMetric(String metric) {
        return metric != null && METRICS.containsKey(metric);
    }

    /** Every metric name {@link #value} understands, in DESIGN.md §2 order. */
    public static List<String> names() {
        return List.copyOf(METRICS.keySet());
    }
}
