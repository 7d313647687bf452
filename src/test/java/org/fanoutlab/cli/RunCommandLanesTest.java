package org.fanoutlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code run} on a scenario with lanes adds a lanes section and leaves the fan-out figures as they were. */
class RunCommandLanesTest {
    private static final String PRESET = "lessons/scenarios/lanes-rest-polling.json";

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new RunCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void jsonGainsALanesArrayWithEveryLanesMetrics() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run(PRESET, "--format", "json"));

        assertThat(json.get("checks").asLong()).isEqualTo(3 * 2_880);
        JsonNode lanes = json.get("lanes");
        assertThat(lanes).hasSize(3);
        assertThat(lanes.get(0).get("name").asText()).isEqualTo("short poll every 30 s");
        assertThat(lanes.get(0).get("type").asText()).isEqualTo("short-poll");
        assertThat(lanes.get(0).get("requests").asLong()).isEqualTo(2_880);
        assertThat(lanes.get(0).get("emptyAnswers").asLong()).isEqualTo(2_856);
        assertThat(lanes.get(0).get("latency").get("mean").asDouble()).isCloseTo(15.1, within(1e-9));
        assertThat(lanes.get(2).fieldNames()).toIterable().containsExactly("name", "type", "requests",
                "emptyAnswers", "openConnections", "openConnectionsMax", "deliveries", "latency", "drops",
                "duplicates", "retries", "givenUp", "lagMax", "lagNow", "replays", "reissues", "blockedSeconds", "clientMessages");
    }

    @Test
    void csvAddsOneRowPerLaneAfterABlankLine() {
        String[] blocks = run(PRESET, "--format", "csv").split("\n\n");

        assertThat(blocks).hasSize(2);
        String[] rows = blocks[1].strip().split("\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).startsWith("name,type,requests,emptyAnswers,");
        assertThat(rows[2]).startsWith("\"long poll, 30 s hold\",long-poll,2880,");
    }

    @Test
    void tableAddsALanesSection() {
        String table = run(PRESET);

        assertThat(table).contains("lanes (fed by the first producer)", "long poll, 5 min hold (long-poll)");
        assertThat(table).containsPattern("requests\\s+288");
    }
}
