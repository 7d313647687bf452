package org.fanoutlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Report;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.LanesSimulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run SCENARIO.json [--format table|json|csv]}: runs the engine headless and prints the metrics. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a scenario headless and prints its metrics.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:the scenario file was read but is invalid, or too big a run for the engine",
            "2:usage error"})
public final class RunCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "the scenario file to run")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or csv")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("table") && !fmt.equals("json") && !fmt.equals("csv")) {
            err.println("run: unknown format '" + format + "' (expected table, json or csv)");
            err.flush();
            return USAGE;
        }
        if (Files.isDirectory(file)) {
            err.println(file + ": is a directory, not a scenario file (give a .json file inside it)");
            err.flush();
            return USAGE;
        }
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            err.flush();
            return USAGE;
        }
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(file);
        } catch (ScenarioFileException e) {
            for (FileProblem p : e.problems()) {
                err.println(p);
            }
            err.flush();
            return INVALID;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        Report report = Simulation.run(scenario);
        // Lanes (docs/decisions/0007) add a section; scenarios without lanes print exactly as before.
        List<LaneMetrics> lanes = scenario.lanes().isEmpty() ? List.of() : LanesSimulation.run(scenario);
        switch (fmt) {
            case "json" -> out.println(lanes.isEmpty() ? MetricsFormat.json(report)
                    : LanesFormat.json(MetricsFormat.json(report), lanes));
            case "csv" -> out.print(MetricsFormat.csv(report) + (lanes.isEmpty() ? "" : LanesFormat.csv(lanes)));
            default -> out.print(MetricsFormat.table(report) + (lanes.isEmpty() ? "" : LanesFormat.table(lanes)));
        }
        out.flush();
        return OK;
    }

    /** Runs the command on its own (benchmarks use this with {@code -Xmx512m}); the app's Main registers it. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new RunCommand()).execute(args));
    }
}
