package org.fanoutlab.ui.lab.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Limits;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.analysis.LogScale;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.common.LabMetric;
import org.fanoutlab.ui.lab.controls.LogParameter;
import org.fanoutlab.ui.lab.controls.ParameterChange;
import org.fanoutlab.ui.lab.controls.ProducerControls;

/**
 * The live lab without the toolkit: every control's value, the metrics as text, the chart data, the presets,
 * and the commands the view forwards. Changes go to a {@link LiveRun}, which applies them on its own thread.
 * {@link #refresh()} copies the run's latest snapshot into the properties; the view calls it on a timer.
 */
public final class LabViewModel implements AutoCloseable {
    static final LogScale POLL = new LogScale(1, 3600);
    static final LogScale THRESHOLD = new LogScale(1, Limits.MAX_PEOPLE);
    static final LogScale FANOUT_RATE = new LogScale(100, 100_000_000);
    static final LogScale CACHE = new LogScale(1, 10_000);
    /** Used for the rate slider when a scenario says "unlimited", so that unticking it lands somewhere sensible. */
    static final double DEFAULT_FANOUT_RATE = 1_000_000;
    /** Chart points kept per line, however long the run (about one per 3 px of a chart on a 1080p screen). */
    static final int CHART_POINTS = 160;
    /** Charts redraw on every second refresh (2.5 a second): a redraw costs far more than the figures' text. */
    static final int CHART_EVERY = 2;

    private final LiveRun run;
    private final Path presetsDir;
    private final List<Preset> presets;

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyBooleanWrapper unlimitedFanout = new ReadOnlyBooleanWrapper(this, "unlimitedFanout");
    private final ReadOnlyStringWrapper seedText = new ReadOnlyStringWrapper(this, "seedText", "");
    private final ReadOnlyStringWrapper seedError = new ReadOnlyStringWrapper(this, "seedError");
    private final LogParameter pollInterval;
    private final LogParameter celebrityThreshold;
    private final LogParameter fanoutRate;
    private final LogParameter cacheCapacity;
    private final ObservableList<ProducerControls> producers = FXCollections.observableArrayList();
    private final ObservableList<ProducerControls> producersView = FXCollections.unmodifiableObservableList(producers);

    private final Map<LabMetric, ReadOnlyStringWrapper> metricText = new EnumMap<>(LabMetric.class);
    private final ReadOnlyObjectWrapper<Metrics> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ReadOnlyObjectWrapper<ChartData> charts = new ReadOnlyObjectWrapper<>(this, "charts", ChartData.EMPTY);
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyBooleanWrapper sampled = new ReadOnlyBooleanWrapper(this, "sampled");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper engineProblem = new ReadOnlyStringWrapper(this, "engineProblem");
    private final ObservableList<String> fileProblems = FXCollections.observableArrayList();
    private final ObservableList<String> fileProblemsView = FXCollections.unmodifiableObservableList(fileProblems);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");

    private long generation;
    private Snapshot shown;
    private int chartedBuckets = -1;
    private long refreshes;

    /** @param presetsDir {@code lessons/scenarios}; may be missing, then the menu is empty */
    public LabViewModel(LiveRun run, Path presetsDir) {
        this.run = run;
        this.presetsDir = presetsDir;
        this.presets = List.copyOf(PresetCatalog.list(presetsDir));
        pollInterval = new LogParameter(POLL, v -> Math.round(v * 10) / 10.0,
                t -> NumberInput.parseSeconds(t, POLL.min(), POLL.max()), NumberInput::formatSeconds,
                ParameterChange.SetPollInterval::new, this::send);
        celebrityThreshold = new LogParameter(THRESHOLD, Math::rint,
                t -> NumberInput.parseCount(t, THRESHOLD.min(), THRESHOLD.max()), NumberInput::formatCount,
                v -> new ParameterChange.SetCelebrityThreshold((long) v), this::send);
        fanoutRate = new LogParameter(FANOUT_RATE, LabViewModel::roundRate,
                t -> NumberInput.parseCount(t, FANOUT_RATE.min(), FANOUT_RATE.max()), NumberInput::formatCount,
                ParameterChange.SetFanoutRate::new, c -> {
                    // while "unlimited" is ticked the slider is off; the value waits for the box to be unticked
                    if (!unlimitedFanout.get()) {
                        send(c);
                    }
                });
        cacheCapacity = new LogParameter(CACHE, Math::rint,
                t -> NumberInput.parseCount(t, CACHE.min(), CACHE.max()), NumberInput::formatCount,
                v -> new ParameterChange.SetCacheCapacity((int) v), this::send);
        for (LabMetric m : LabMetric.values()) {
            metricText.put(m, new ReadOnlyStringWrapper(this, m.id(), "–"));
        }
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Shows {@code s} in every control and starts it from time 0. */
    public void load(Scenario s, String sourceName) {
        scenario.set(s);
        source.set(sourceName);
        model.set(s.model());
        pollInterval.reset(s.pollIntervalSeconds());
        celebrityThreshold.reset(s.celebrityThreshold());
        boolean unlimited = s.fanoutWritesPerSecond() == 0;
        unlimitedFanout.set(unlimited);
        fanoutRate.reset(unlimited ? DEFAULT_FANOUT_RATE : s.fanoutWritesPerSecond());
        cacheCapacity.reset(s.cacheCapacity());
        seedText.set(Long.toString(s.seed()));
        seedError.set(null);
        List<ProducerControls> rows = new ArrayList<>();
        for (int i = 0; i < s.producers().size(); i++) {
            rows.add(new ProducerControls(i, s.producers().get(i), s.consumers(), this::send));
        }
        producers.setAll(rows);
        restartRun();
    }

    /** Opens {@code lessons/scenarios/NAME.json}; false (with {@link #fileProblems()} set) when it cannot. */
    public boolean openPreset(String name) {
        Path file = presetsDir == null ? null : presetsDir.resolve(name + ".json");
        if (file == null || !Files.isRegularFile(file)) {
            fileProblems.setAll("There is no preset called \"" + name + "\" in lessons/scenarios/.");
            return false;
        }
        return openFile(file, name);
    }

    /**
     * Reads a scenario file and, when it is valid, runs it. When it is not, the problems are listed one per line
     * as {@code file:line:col: message} and the current run goes on untouched.
     */
    public boolean openFile(Path file, String sourceName) {
        try {
            Scenario s = ScenarioReader.read(file);
            fileProblems.clear();
            load(s, sourceName);
            return true;
        } catch (ScenarioFileException e) {
            fileProblems.setAll(e.problems().stream().map(FileProblem::toString).toList());
        } catch (IOException e) {
            fileProblems.setAll(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            fileProblems.setAll(file + ": " + e.getMessage());
        }
        return false;
    }

    public void dismissFileProblems() {
        fileProblems.clear();
    }

    void setModel(Model m) {
        if (m == null || m == model.get()) {
            return;
        }
        model.set(m);
        send(new ParameterChange.SetModel(m));
    }

    void setUnlimitedFanout(boolean unlimited) {
        if (unlimited == unlimitedFanout.get()) {
            return;
        }
        unlimitedFanout.set(unlimited);
        send(new ParameterChange.SetFanoutRate(unlimited ? 0 : fanoutRate.value()));
    }

    /** The seed decides who follows whom and when everyone checks, so a new seed means a new run. */
    void typeSeed(String text) {
        String t = text == null ? "" : text.strip();
        long seed;
        try {
            seed = Long.parseLong(t);
        } catch (NumberFormatException e) {
            seedError.set("The seed is a whole number, e.g. 7.");
            return;
        }
        seedError.set(null);
        seedText.set(t);
        if (seed != scenario.get().seed()) {
            scenario.set(scenario.get().withSeed(seed));
            restartRun();
        }
    }

    /** Starts the current scenario, live changes included, again from time 0. */
    void restartRun() {
        generation++;
        shown = null;
        chartedBuckets = -1;
        finished.set(false);
        engineProblem.set(null);
        run.restart(scenario.get());
    }

    /** Copies the run's latest snapshot into the properties; cheap when nothing new has been published. */
    public void refresh() {
        Snapshot s = run.latest();
        if (s == null || s == shown || s.generation() < generation) {
            return;
        }
        shown = s;
        Metrics m = s.metrics();
        metrics.set(m);
        for (LabMetric lm : LabMetric.values()) {
            metricText.get(lm).set(lm.format(lm.valueOf(m)));
        }
        clock.set(NumberInput.formatSeconds(m.simSeconds()) + " of "
                + NumberInput.formatSeconds(s.scenario().durationSeconds()) + " simulated");
        sampled.set(m.sampled());
        finished.set(s.finished());
        engineProblem.set(s.problem());
        refreshes++;
        if (s.series().size() != chartedBuckets && (refreshes % CHART_EVERY == 0 || chartedBuckets < 0)) {
            chartedBuckets = s.series().size();
            charts.set(SeriesDownsampler.downsample(s.series(), CHART_POINTS, m.simSeconds()));
        }
    }

    @Override
    public void close() {
        run.close();
    }

    private void send(ParameterChange c) {
        try {
            scenario.set(c.applyTo(scenario.get()));
        } catch (IllegalArgumentException e) {
            engineProblem.set(e.getMessage());
            return;
        }
        run.change(c);
    }

    private static double roundRate(double v) {
        // two significant figures: "1.2M writes/s" reads better than "1,234,567"
        double mag = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.round(v / mag) * mag;
    }

    /** Used when the Lab opens with no preset at all (an empty presets folder). */
    public static Scenario fallbackScenario() {
        return new Scenario("Three accounts, push", "", Model.PUSH, 3600, 7, 100_000,
                List.of(new Producer("celebrity", 100_000, 4, Schedule.UNIFORM),
                        new Producer("friend", 300, 2, Schedule.UNIFORM),
                        new Producer("news-desk", 20_000, 6, Schedule.UNIFORM)),
                30, 50_000, 100_000, 800);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public List<Preset> presets() {
        return presets;
    }

    public Optional<Preset> preset(String name) {
        return presets.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty unlimitedFanoutProperty() {
        return unlimitedFanout.getReadOnlyProperty();
    }

    ReadOnlyStringProperty seedTextProperty() {
        return seedText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty seedErrorProperty() {
        return seedError.getReadOnlyProperty();
    }

    LogParameter pollInterval() {
        return pollInterval;
    }

    LogParameter celebrityThreshold() {
        return celebrityThreshold;
    }

    LogParameter fanoutRate() {
        return fanoutRate;
    }

    LogParameter cacheCapacity() {
        return cacheCapacity;
    }

    /** One row per producer of the current scenario; replaced whole when another scenario is loaded. */
    ObservableList<ProducerControls> producers() {
        return producersView;
    }

    ReadOnlyStringProperty metricTextProperty(LabMetric m) {
        return metricText.get(m).getReadOnlyProperty();
    }

    /** The latest metrics, or null before the first snapshot. */
    public ReadOnlyObjectProperty<Metrics> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ChartData> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty sampledProperty() {
        return sampled.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** A change the engine refused, or null. */
    public ReadOnlyStringProperty engineProblemProperty() {
        return engineProblem.getReadOnlyProperty();
    }

    /** The problems of the last file that failed to open, one {@code file:line:col: message} each. */
    public ObservableList<String> fileProblems() {
        return fileProblemsView;
    }

    /** Where the current scenario came from: a preset name or a file name. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }
}
