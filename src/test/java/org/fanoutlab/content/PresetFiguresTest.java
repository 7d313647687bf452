package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetFiguresTest {
    /** Every figure different, so a name read from the wrong field cannot pass. */
    private static final Metrics METRICS = new Metrics(600, 1, 2, 3.5, 4, 5, 6, 7.5, 8, 19, 20, 9,
            new Latency(10.5, 11.5, 12.5, 13.5, 14.5), 15, 16, 17, 18, true);

    @Test
    void everyDesignMetricNameReadsItsOwnFigure() {
        assertThat(PresetFigures.names()).containsExactly("posts", "cacheWrites", "writeAmplification",
                "feedOpens", "checks", "emptyChecks", "usefulChecks", "wastedPerUseful", "readQueries", "cacheReads",
                "deliveries", "deliveryLatencySeconds.mean", "deliveryLatencySeconds.p50",
                "deliveryLatencySeconds.p95", "deliveryLatencySeconds.p99", "deliveryLatencySeconds.max",
                "fanoutBacklogMax", "evictions", "undelivered");
        assertThat(PresetFigures.names().stream().map(n -> PresetFigures.value(METRICS, n)).toList())
                .containsExactly(1.0, 2.0, 3.5, 19.0, 4.0, 5.0, 6.0, 7.5, 8.0, 20.0, 9.0, 10.5, 11.5, 12.5, 13.5,
                        14.5, 16.0, 17.0, 18.0);
    }

    @Test
    void unknownNamesAreRejected() {
        assertThat(PresetFigures.isKnownMetric("deliveryLatencySeconds")).isFalse();
        assertThat(PresetFigures.isKnownMetric("fanoutBacklog")).isFalse(); // a live figure, not a run's result
        assertThat(PresetFigures.isKnownMetric(null)).isFalse();
        assertThat(PresetFigures.isKnownMetric("wastedPerUseful")).isTrue();
        assertThatThrownBy(() -> PresetFigures.value(METRICS, "latency"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown metric 'latency'");
    }

    @Test
    void runningAPresetGivesTheEnginesFigure(@TempDir Path temp) throws Exception {
        // The worked check of docs/architecture.md, "Metrics": hourly posts, checks every 30 s, 24 h → 119 empty checks per useful one.
        Path preset = temp.resolve("pull-every-30s.json");
        Files.writeString(preset, CourseFixture.TINY_PRESET.replace("3600", "86400"));

        assertThat(PresetFigures.run(preset, "wastedPerUseful")).isEqualTo(119);
        assertThat(PresetFigures.run(preset, "posts")).isEqualTo(24);
    }

    @Test
    void runningABrokenPresetReportsItsProblems(@TempDir Path temp) throws Exception {
        Path preset = temp.resolve("broken.json");
        Files.writeString(preset, "{ \"name\": \"x\" }");

        assertThatThrownBy(() -> PresetFigures.run(preset, "posts")).isInstanceOf(ScenarioFileException.class);
    }
}
