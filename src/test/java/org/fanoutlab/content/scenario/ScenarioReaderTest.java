package org.fanoutlab.content.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    private static final String CELEBRITY = String.join("\n",
            "{",
            "  \"name\": \"Celebrity post, pure push\",",
            "  \"model\": \"push\",",
            "  \"durationSeconds\": 600,",
            "  \"seed\": 7,",
            "  \"consumers\": 50000000,",
            "  \"producers\": [",
            "    { \"name\": \"celebrity\", \"followers\": 50000000, \"postsPerHour\": 1, \"schedule\": \"uniform\" }",
            "  ],",
            "  \"pollIntervalSeconds\": 30,",
            "  \"celebrityThreshold\": 1000000,",
            "  \"fanoutWritesPerSecond\": 1000000,",
            "  \"cacheCapacity\": 800",
            "}");

    private static List<FileProblem> problems(String json) {
        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioReader.parse(json, "s.json"));
        assertThat(e).as("expected the scenario to be rejected").isNotNull();
        return e.problems();
    }

    @Test
    void readsTheDesignExampleWithEveryField() throws Exception {
        Scenario s = ScenarioReader.parse(CELEBRITY, "celebrity.json");

        assertThat(s.name()).isEqualTo("Celebrity post, pure push");
        assertThat(s.model()).isEqualTo(Model.PUSH);
        assertThat(s.durationSeconds()).isEqualTo(600);
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.consumers()).isEqualTo(50_000_000);
        assertThat(s.producers()).hasSize(1);
        assertThat(s.producers().get(0).followers()).isEqualTo(50_000_000);
        assertThat(s.producers().get(0).schedule()).isEqualTo(Schedule.UNIFORM);
        assertThat(s.fanoutWritesPerSecond()).isEqualTo(1_000_000);
        assertThat(s.cacheCapacity()).isEqualTo(800);
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws Exception {
        Scenario s = ScenarioReader.parse("{\"name\":\"n\",\"model\":\"pull\",\"durationSeconds\":60,"
                + "\"consumers\":10,\"producers\":[{\"name\":\"p\",\"followers\":3,\"postsPerHour\":2}]}", "s.json");

        assertThat(s.description()).isEmpty();
        assertThat(s.seed()).isZero();
        assertThat(s.pollIntervalSeconds()).isEqualTo(30);
        assertThat(s.celebrityThreshold()).isEqualTo(1_000_000);
        assertThat(s.fanoutWritesPerSecond()).isZero();
        assertThat(s.cacheCapacity()).isEqualTo(800);
        assertThat(s.producers().get(0).schedule()).isEqualTo(Schedule.UNIFORM);
    }

    @Test
    void zeroFollowersIsReportedAtTheValueWithTheFieldPath() {
        String json = CELEBRITY.replace("\"followers\": 50000000", "\"followers\": 0");

        assertThat(problems(json)).extracting(FileProblem::toString).containsExactly(
                "s.json:8:41: producers[0].followers must be 1 to 100,000,000, was 0");
    }

    @Test
    void everyBadValueIsReportedNotJustTheFirst() {
        String json = CELEBRITY.replace("\"durationSeconds\": 600", "\"durationSeconds\": -5")
                .replace("\"pollIntervalSeconds\": 30", "\"pollIntervalSeconds\": 0")
                .replace("\"cacheCapacity\": 800", "\"cacheCapacity\": 0");

        assertThat(problems(json)).extracting(FileProblem::toString).containsExactly(
                "s.json:4:22: durationSeconds must be above 0 and at most 2,592,000 (30 days), was -5",
                "s.json:10:26: pollIntervalSeconds must be 0.001 (one feed open a millisecond) to 2,592,000, was 0",
                "s.json:13:20: cacheCapacity must be 1 to 1,000,000, was 0");
    }

    @Test
    void followersAboveConsumersIsAnError() {
        String json = CELEBRITY.replace("\"consumers\": 50000000", "\"consumers\": 1000");

        assertThat(problems(json)).extracting(FileProblem::message).containsExactly(
                "producers[0].followers must be at most consumers (1,000), was 50,000,000");
    }

    @Test
    void unknownFieldIsReportedAtItsNameWithTheExpectedOnes() {
        String json = CELEBRITY.replace("\"seed\": 7,", "\"sede\": 7,");

        List<FileProblem> p = problems(json);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(5);
        assertThat(p.get(0).column()).isEqualTo(3);
        assertThat(p.get(0).message()).startsWith("unknown field \"sede\" (expected one of: name, description");
    }

    @Test
    void wrongTypeNamesTheFieldAndWhatWasFound() {
        String json = CELEBRITY.replace("\"consumers\": 50000000", "\"consumers\": \"lots\"");

        assertThat(problems(json)).extracting(FileProblem::toString).containsExactly(
                "s.json:6:16: consumers must be a whole number, was the string \"lots\"");
    }

    @Test
    void numbersThatAreNoNumberTooLargeOrNotWholeAreEachReportedAtTheirField() {
        String json = CELEBRITY.replace("\"seed\": 7", "\"seed\": 99999999999999999999")
                .replace("\"consumers\": 50000000", "\"consumers\": 2.5")
                .replace("\"pollIntervalSeconds\": 30", "\"pollIntervalSeconds\": \"often\"")
                .replace("\"durationSeconds\": 600", "\"durationSeconds\": 1e999");

        assertThat(problems(json)).extracting(FileProblem::toString).containsExactly(
                "s.json:4:22: durationSeconds is too large, was Infinity",
                "s.json:5:11: seed is too large, was 99999999999999999999",
                "s.json:6:16: consumers must be a whole number, was 2.5",
                "s.json:10:26: pollIntervalSeconds must be a number, was the string \"often\"");
    }

    @Test
    void missingRequiredFieldIsReportedAtTheObjectThatLacksIt() {
        String json = CELEBRITY.replace("\"model\": \"push\",", "");

        assertThat(problems(json)).extracting(FileProblem::toString).containsExactly(
                "s.json:1:1: missing required field \"model\"");
    }

    @Test
    void unknownModelListsTheAcceptedOnes() {
        assertThat(problems(CELEBRITY.replace("\"push\"", "\"shove\""))).extracting(FileProblem::toString)
                .containsExactly("s.json:3:12: model must be push, pull or hybrid, was \"shove\"");
    }

    @Test
    void malformedJsonIsOneProblemAtTheBrokenSpot() {
        String json = CELEBRITY.replace("\"seed\": 7,", "\"seed\": 7");

        List<FileProblem> p = problems(json);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(6);
        assertThat(p.get(0).message()).startsWith("malformed JSON: ").doesNotContain("\n");
    }

    @Test
    void emptyFileIsOneClearProblem() {
        assertThat(problems("  \n")).extracting(FileProblem::toString).containsExactly(
                "s.json:1:1: file is empty (expected a JSON object describing a scenario)");
    }

    @Test
    void binaryJunkIsReportedAsNotText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("junk.json");
        Files.write(f, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'});

        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class, () -> ScenarioReader.read(f));

        assertThat(e.problems()).extracting(FileProblem::message)
                .containsExactly("not a text file (expected UTF-8 JSON, found binary data)");
    }

    @Test
    void nulBytesInTextAreBinaryJunk() {
        assertThat(problems("{\"name\u0000\": 1}")).extracting(FileProblem::toString)
                .containsExactly("s.json:1:7: not a text file (expected UTF-8 JSON, found binary data)");
    }

    @Test
    void rootThatIsNotAnObjectIsRejected() {
        assertThat(problems("[1, 2]")).extracting(FileProblem::message)
                .containsExactly("a scenario must be a JSON object { … }, was a list");
    }

    @Test
    void writerOutputReadsBackToTheSameScenario(@TempDir Path dir) throws Exception {
        Scenario s = ScenarioReader.parse(CELEBRITY, "celebrity.json");
        Scenario withDescription = new Scenario(s.name(), "A line of text", Model.HYBRID, 90.5, 3, s.consumers(),
                s.producers(), 12.5, 5, 2500.5, 7);
        Path f = dir.resolve("out.json");

        ScenarioWriter.write(withDescription, f);

        assertThat(ScenarioReader.read(f)).isEqualTo(withDescription);
        assertThat(ScenarioReader.parse(ScenarioWriter.toJson(s), "x.json")).isEqualTo(s);
        assertThat(ScenarioWriter.toJson(s)).contains("\"durationSeconds\": 600,").contains("\n  \"producers\": [");
    }

    @Test
    void aRunTooBigForTheEngineIsRefusedAtTheFieldToChange() {
        // 3,600,000 posts an hour for 30 days: valid field by field, but 2.6 billion posts; refused before running
        // (the engine used to run out of memory or never finish), pointing at the posting pace.
        String firehose = String.join("\n",
                "{",
                "  \"name\": \"firehose\",",
                "  \"model\": \"pull\",",
                "  \"durationSeconds\": 2592000,",
                "  \"consumers\": 10,",
                "  \"producers\": [",
                "    { \"name\": \"f\", \"followers\": 1, \"postsPerHour\": 3600000 }",
                "  ]",
                "}");

        List<FileProblem> p = problems(firehose);

        assertThat(p).hasSize(1);
        assertThat(p.get(0).toString()).startsWith("s.json:7:52: this run would take the engine about")
                .contains("lower producers[0].postsPerHour or durationSeconds");
    }

    @Test
    void moreProducersThanTheLimitAreRefusedBeforeAnythingBigIsBuilt() {
        StringBuilder sb = new StringBuilder("{\"name\":\"crowd\",\"model\":\"push\",\"durationSeconds\":60,");
        sb.append("\"consumers\":1000000,\n\"producers\": [");
        for (int p = 0; p < 600_000; p++) {
            sb.append(p == 0 ? "" : ",").append("{\"name\":\"p").append(p)
                    .append("\",\"followers\":1,\"postsPerHour\":1}");
        }
        sb.append("]}");

        List<FileProblem> p = problems(sb.toString());

        assertThat(p).extracting(FileProblem::toString).containsExactly("s.json:2:14: producers may name at most"
                + " 100,000 producers, named 600,000 (each is an account the engine and this reader track one by"
                + " one; see README, \"Limits\")");
    }

    @Test
    void aDirectoryIsSaidToBeADirectory(@TempDir Path dir) {
        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class, () -> ScenarioReader.read(dir));

        assertThat(e.problems()).singleElement().extracting(FileProblem::message).asString()
                .startsWith("is a directory");
    }
}
