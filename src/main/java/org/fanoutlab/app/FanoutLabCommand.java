package org.fanoutlab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.fanoutlab.content.LessonsLocation;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import org.fanoutlab.cli.VersionProvider;

/** The top-level command: no subcommand opens the app (docs/architecture.md). */
@Command(name = "fanout-lab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Fanout Lab teaches push vs pull architecture: animated fan-out, pull and hybrid models, "
                + "quizzes inside the lessons, and a live engine you can tune while it runs.",
            "",
            "Without a command it opens the app."},
        footer = {"", "Exit codes: 0 ok, 1 the input was read but is invalid, 2 usage error."})
public final class FanoutLabCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lesson", paramLabel = "ID", description = "Open the app at this lesson.")
    String lesson;

    @Option(names = "--lab", paramLabel = "PRESET",
            description = "Open the app in the Lab with this preset from lessons/scenarios/ (name without .json).")
    String lab;

    @Option(names = "--at", paramLabel = "SECONDS",
            description = "With --lab: open the preset paused at this simulated moment, in seconds (e.g. --at 1800).")
    Double at;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep progress and settings in DIR instead of ~/.fanoutlab/.")
    Path dataDir;

    @Option(names = "--fps-probe", paramLabel = "N",
            description = "Open the stage with N tokens in flight for about 10 s, print 'fps=<median> p95FrameMs=<value>', exit.")
    Integer fpsProbe;

    @Override
    public Integer call() {
        if (lesson != null && lab != null) {
            throw new ParameterException(spec.commandLine(), "--lesson and --lab open different screens: give one of them");
        }
        if (fpsProbe != null && (fpsProbe < 1 || fpsProbe > 100_000)) {
            throw new ParameterException(spec.commandLine(), "--fps-probe takes a token count from 1 to 100000, was " + fpsProbe);
        }
        checkAt();
        Optional<String> wrongDownload = DownloadCheck.forThisComputer();
        if (wrongDownload.isPresent()) {
            spec.commandLine().getErr().println(wrongDownload.get());
            return 1;
        }
        if (fpsProbe != null) {
            return AppLauncher.fpsProbe(fpsProbe);
        }
        Path dir = dataDir == null ? LaunchOptions.defaultDataDir() : dataDir.toAbsolutePath();
        return AppLauncher.launch(new LaunchOptions(lesson, lab, dir, at));
    }

    /** A moment to open at makes sense only for a preset, inside its run. */
    private void checkAt() {
        if (at == null) {
            return;
        }
        if (lab == null) {
            throw new ParameterException(spec.commandLine(), "--at needs --lab PRESET: it says where in that preset's run to open");
        }
        if (!Double.isFinite(at) || at < 0) {
            throw new ParameterException(spec.commandLine(), "--at takes simulated seconds from 0 on, was " + at);
        }
        Path preset = LessonsLocation.lessonsDir().resolve("scenarios").resolve(lab + ".json");
        if (!Files.isRegularFile(preset)) {
            return; // the Lab says the preset is missing, in its own words
        }
        try {
            double length = ScenarioReader.read(preset).durationSeconds();
            if (at > length) {
                throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                        "--at %s is past the end of %s, whose run lasts %s s", fmt(at), lab, fmt(length)));
            }
        } catch (IOException | ScenarioFileException e) {
            // a broken preset: the Lab lists its problems when it opens
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%d", (long) v) : Double.toString(v);
    }
}
