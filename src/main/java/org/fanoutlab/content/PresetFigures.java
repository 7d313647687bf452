package org.fanoutlab.content;

import java.io.IOException;
import java.nio.file.Path;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.engine.Metrics;

/** Runs a preset headless and reads one metric by its DESIGN.md §2 name (for predict quizzes and lesson checks). */
public final class PresetFigures {
    private PresetFigures() {
    }

    /** @param metric e.g. {@code wastedPerUseful} or {@code deliveryLatencySeconds.p99} */
    public static double value(Metrics metrics, String metric) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Runs the preset file to its end and returns the named metric. Blocking: call off the FX thread. */
    public static double run(Path presetFile, String metric) throws IOException, ScenarioFileException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Whether {@code metric} is a name {@link #value} understands. */
    public static boolean isKnownMetric(String metric) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
