package org.fanoutlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.junit.jupiter.api.Test;

/** The presets in lessons/scenarios read cleanly and show what their descriptions say. */
class PresetsTest {
    private static final Path DIR = Path.of("lessons", "scenarios");

    @Test
    void everyPresetReadsAndHasADescription() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("regular-push.json",
                "regular-pull.json", "celebrity-push.json", "celebrity-hybrid.json", "celebrity-pull.json",
                "pull-every-30s.json", "twitter-mix.json");
        for (Path f : files) {
            assertThat(ScenarioReader.read(f).description()).as(f.toString()).isNotBlank();
        }
    }

    @Test
    void pullEvery30sWastes119ChecksPerUsefulOne() throws Exception {
        Metrics m = Simulation.run(ScenarioReader.read(DIR.resolve("pull-every-30s.json"))).metrics();

        assertThat(m.wastedPerUseful()).isEqualTo(119.0);
    }

    @Test
    void celebrityPushPostsInsideTheRunAndTheLastFollowerWaits50Seconds() throws Exception {
        Scenario s = ScenarioReader.read(DIR.resolve("celebrity-push.json"));
        assertThat(s.model()).isEqualTo(Model.PUSH);

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.cacheWrites()).isEqualTo(50_000_000);
        assertThat(m.deliveryLatencySeconds().max()).isCloseTo(50.0, within(1e-6));
        assertThat(m.undelivered()).isZero();
    }

    @Test
    void celebrityHybridWritesNothing() throws Exception {
        Scenario s = ScenarioReader.read(DIR.resolve("celebrity-hybrid.json"));

        Metrics m = Simulation.run(s.withDurationSeconds(1900)).metrics();

        assertThat(m.cacheWrites()).isZero();
        assertThat(m.deliveries()).isEqualTo(50_000_000);
    }
}
