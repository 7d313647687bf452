package org.fanoutlab.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Simulation;

/**
 * Runs a preset headless and reads one metric by its name in the engine's catalogue ({@link Metric}), for predict
 * quizzes and lesson checks.
 */
public final class PresetFigures {
    /** The names quizzes may ask about: the catalogue's run results, in its order. */
    private static final Map<String, Metric> METRICS = new LinkedHashMap<>();

    static {
        for (Metric m : Metric.all()) {
            if (m.isRunResult()) {
                METRICS.put(m.id(), m);
            }
        }
    }

    private PresetFigures() {
    }

    /**
     * @param metric e.g. {@code wastedPerUseful} or {@code deliveryLatencySeconds.p99}
     * @throws IllegalArgumentException when {@link #isKnownMetric} says no
     */
    public static double value(Metrics metrics, String metric) {
        Metric read = METRICS.get(metric);
        if (read == null) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'; known: " + String.join(", ", names()));
        }
        return read.number(metrics);
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

    /** Every metric name {@link #value} understands, in the catalogue's order. */
    public static List<String> names() {
        return List.copyOf(METRICS.keySet());
    }
}
