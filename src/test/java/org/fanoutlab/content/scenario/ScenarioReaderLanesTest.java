package org.fanoutlab.content.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneType;
import org.fanoutlab.engine.lanes.OnFull;
import org.junit.jupiter.api.Test;

class ScenarioReaderLanesTest {
    private static final String HEAD = String.join("\n",
            "{",
            "  \"name\": \"lanes\",",
            "  \"model\": \"pull\",",
            "  \"durationSeconds\": 3600,",
            "  \"consumers\": 1,",
            "  \"producers\": [ { \"name\": \"p\", \"followers\": 1, \"postsPerHour\": 60 } ],",
            "  \"lanes\": [");

    private static String withLanes(String... laneLines) {
        return HEAD + "\n" + String.join(",\n", laneLines) + "\n  ]\n}\n";
    }

    private static List<FileProblem> problems(String json) {
        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioReader.parse(json, "l.json"));
        assertThat(e).as("expected the lanes to be rejected").isNotNull();
        return e.problems();
    }

    @Test
    void readsEveryLaneTypeWithItsParametersAndDefaults() throws Exception {
        Scenario s = ScenarioReader.parse(withLanes(
                "    { \"name\": \"poll\", \"type\": \"short-poll\", \"intervalSeconds\": 10 }",
                "    { \"type\": \"long-poll\" }",
                "    { \"name\": \"slow\", \"type\": \"push-to-slow-consumer\", \"bufferSize\": 5, \"onFull\": \"block\" }"),
                "l.json");

        assertThat(s.lanes()).hasSize(3);
        assertThat(s.lanes().get(0).get(LaneParam.INTERVAL_SECONDS)).isEqualTo(10);
        assertThat(s.lanes().get(1).name()).isEqualTo("long-poll");
        assertThat(s.lanes().get(1).get(LaneParam.HOLD_SECONDS)).isEqualTo(30);
        assertThat(s.lanes().get(2).type()).isEqualTo(LaneType.PUSH_TO_SLOW_CONSUMER);
        assertThat(s.lanes().get(2).onFull()).isEqualTo(OnFull.BLOCK);
        assertThat(s.lanes().get(2).get(LaneParam.BUFFER_SIZE)).isEqualTo(5);
    }

    @Test
    void aFileWithoutLanesReadsAsBeforeAndWritesNoLanes() throws Exception {
        String old = HEAD.substring(0, HEAD.lastIndexOf(",")) + "\n}\n";
        Scenario s = ScenarioReader.parse(old, "old.json");

        assertThat(s.lanes()).isEmpty();
        assertThat(ScenarioWriter.toJson(s)).doesNotContain("\"lanes\":");
    }

    @Test
    void badLaneFieldsAreReportedAtTheirLineAndColumn() {
        List<FileProblem> p = problems(withLanes(
                "    { \"type\": \"webhook\", \"failureRate\": 1.5 }",
                "    { \"type\": \"carrier-pigeon\" }",
                "    { \"type\": \"short-poll\", \"holdSeconds\": 30 }",
                "    { \"type\": \"push-to-slow-consumer\", \"onFull\": \"explode\", \"bufferSize\": 2.5 }",
                "    { \"name\": \"x\" }"));

        assertThat(p).extracting(FileProblem::toString).containsExactly(
                "l.json:8:41: lanes[0].failureRate must be 0 to 1, was 1.5",
                "l.json:9:15: lanes[1].type must be one of short-poll, long-poll, server-push, webhook, queue-pull,"
                        + " push-to-slow-consumer, idle, websocket, was \"carrier-pigeon\"",
                "l.json:10:29: unknown field \"lanes[2].holdSeconds\" for a short-poll lane (expected one of: name,"
                        + " type, intervalSeconds, roundTripSeconds)",
                "l.json:11:75: lanes[3].bufferSize must be 1 to 10,000,000 (a whole number), was 2.5",
                "l.json:11:50: lanes[3].onFull must be drop or block, was \"explode\"",
                "l.json:12:5: missing required field \"lanes[4].type\" (one of: short-poll, long-poll, server-push,"
                        + " webhook, queue-pull, push-to-slow-consumer, idle, websocket)");
    }

    @Test
    void lanesMustBeAListOfUniquelyNamedLanes() {
        assertThat(problems(HEAD.substring(0, HEAD.lastIndexOf("[")) + "3\n}")).extracting(FileProblem::toString)
                .containsExactly("l.json:7:12: lanes must be a list [ … ] of lanes, was 3");
        assertThat(problems(withLanes("    { \"type\": \"idle\" }", "    { \"type\": \"idle\" }")))
                .extracting(FileProblem::message)
                .containsExactly("lanes[1] repeats the lane name \"idle\" (each lane needs its own name)");
    }

    @Test
    void writerOutputReadsBackToTheSameLanes() throws Exception {
        Scenario s = ScenarioReader.parse(withLanes(
                "    { \"name\": \"hooks\", \"type\": \"webhook\", \"failureRate\": 0.25, \"maxAttempts\": 3 }",
                "    { \"name\": \"slow\", \"type\": \"push-to-slow-consumer\", \"onFull\": \"block\" }"), "l.json");

        Scenario back = ScenarioReader.parse(ScenarioWriter.toJson(s), "back.json");

        assertThat(back).isEqualTo(s);
    }

    @Test
    void everyLanesPresetReadsAndRoundTrips() throws Exception {
        List<Path> presets;
        try (Stream<Path> files = Files.list(Path.of("lessons", "scenarios"))) {
            presets = files.filter(f -> f.getFileName().toString().startsWith("lanes-")).sorted().toList();
        }
        assertThat(presets).hasSizeGreaterThanOrEqualTo(7);
        for (Path f : presets) {
            Scenario s = ScenarioReader.read(f);
            assertThat(s.lanes()).as(f.toString()).isNotEmpty();
            assertThat(s.description()).as(f.toString()).isNotBlank();
            assertThat(ScenarioReader.parse(ScenarioWriter.toJson(s), "back.json")).as(f.toString()).isEqualTo(s);
        }
    }
}
