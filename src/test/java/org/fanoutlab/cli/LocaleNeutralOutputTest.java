package org.fanoutlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.UiLanguage;
import org.fanoutlab.ui.lab.live.MetricsCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line and the files it writes are read by programs, so they never follow a language: on a Spanish
 * machine ({@code -Duser.language=es}) with the app's UI set to Spanish, {@code run} prints exactly what it prints
 * in English, '.' decimals and all, never "1.234,5".
 */
class LocaleNeutralOutputTest {
    /** Large counts (grouping) and fractional figures (decimals), in a fraction of a second. */
    private static final String SCENARIO = """
            {
              "name": "locale check",
              "model": "pull",
              "durationSeconds": 3600,
              "seed": 3,
              "consumers": 2000,
              "producers": [ { "name": "busy", "followers": 1500, "postsPerHour": 7 } ],
              "pollIntervalSeconds": 13
            }
            """;
    private static final Locale SPANISH_MACHINE = Locale.forLanguageTag("es-ES");

    @TempDir
    Path dir;

    private Locale machine;
    private Locale machineFormat;

    @BeforeEach
    void remember() {
        machine = Locale.getDefault();
        machineFormat = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(machine);
        Locale.setDefault(Locale.Category.FORMAT, machineFormat);
        Messages.setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv", "table"})
    void runPrintsTheSameOnASpanishMachineWithASpanishUi(String format) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, SCENARIO);

        String english = run(Locale.US, UiLanguage.ENGLISH, file, format);
        String spanish = run(SPANISH_MACHINE, UiLanguage.SPANISH, file, format);

        assertThat(withoutWallClock(spanish, format)).isEqualTo(withoutWallClock(english, format));
        assertThat(spanish).doesNotContainPattern("\\d\\.\\d{3},\\d");
    }

    @Test
    void jsonNumbersAreJsonNumbers() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, SCENARIO);

        JsonNode json = new ObjectMapper().readTree(run(SPANISH_MACHINE, UiLanguage.SPANISH, file, "json"));

        assertThat(json.get("checks").isIntegralNumber()).isTrue();
        assertThat(json.get("checks").asLong()).isGreaterThan(100_000);
        assertThat(json.get("wastedPerUseful").isDouble()).isTrue();
        assertThat(json.get("wastedPerUseful").asDouble()).isNotEqualTo(Math.rint(json.get("wastedPerUseful").asDouble()));
    }

    @Test
    void csvHasOneFieldPerColumnAndEveryFigureReadsWithADecimalPoint() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, SCENARIO);

        assertPlainCsv(run(SPANISH_MACHINE, UiLanguage.SPANISH, file, "csv"));
    }

    @Test
    void theLabsCsvExportIsPlainToo() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, SCENARIO);
        Scenario scenario = ScenarioReader.read(file);
        String english = MetricsCsv.format(Simulation.run(scenario).metrics());

        Locale.setDefault(SPANISH_MACHINE);
        Locale.setDefault(Locale.Category.FORMAT, SPANISH_MACHINE);
        Messages.setLocale(UiLanguage.SPANISH.locale());
        String spanish = MetricsCsv.format(Simulation.run(scenario).metrics());

        assertThat(spanish).isEqualTo(english);
        assertPlainCsv(spanish);
    }

    private static void assertPlainCsv(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        String[] row = lines.get(1).split(",", -1);
        assertThat(row).hasSameSizeAs(header);
        List<String> unreadable = new ArrayList<>();
        for (String field : row) {
            if (!field.isEmpty() && !field.equals("true") && !field.equals("false")) {
                try {
                    Double.parseDouble(field);
                } catch (NumberFormatException e) {
                    unreadable.add(field);
                }
            }
        }
        assertThat(unreadable).isEmpty();
        assertThat(Arrays.stream(row).anyMatch(f -> f.contains("."))).as("some figure has decimals").isTrue();
    }

    private static String run(Locale machine, UiLanguage ui, Path file, String format) {
        Locale.setDefault(machine);
        Locale.setDefault(Locale.Category.FORMAT, machine);
        Messages.setLocale(ui.locale());
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new RunCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute(file.toString(), "--format", format)).isZero();
        return out.toString();
    }

    /** The output without elapsedSeconds, the one figure that is wall-clock time and differs run to run. */
    private static String withoutWallClock(String output, String format) throws Exception {
        switch (format) {
            case "json" -> {
                ObjectNode json = (ObjectNode) new ObjectMapper().readTree(output);
                json.remove("elapsedSeconds");
                return json.toString();
            }
            case "csv" -> {
                List<String> lines = output.lines().toList();
                int column = Arrays.asList(lines.get(0).split(",", -1)).indexOf("elapsedSeconds");
                StringBuilder sb = new StringBuilder();
                for (String line : lines) {
                    List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
                    if (column >= 0 && column < fields.size()) {
                        fields.remove(column);
                    }
                    sb.append(String.join(",", fields)).append('\n');
                }
                return sb.toString();
            }
            default -> {
                return output.lines().filter(l -> !l.contains("elapsedSeconds"))
                        .reduce("", (a, b) -> a + b + "\n");
            }
        }
    }
}
