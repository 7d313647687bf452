package org.fanoutlab.ui.lab.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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
import org.fanoutlab.engine.RunBudget;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.ui.common.DialogService;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.lab.controls.ParameterChange;
import org.fanoutlab.ui.lab.controls.ProducerControls;

/**
 * The live lab without the toolkit: every control's value, the metrics as text, the chart data, the presets,
 * and the commands the view forwards. Changes go to a {@link LiveRun}, which applies them on its own thread.
 * {@link #refresh()} copies the run's latest snapshot into the properties; the view calls it on a timer.
 */
public final class LabViewModel implements AutoCloseable {
    /** The preset the lab opens with when nothing else is asked for. */
    static final String FIRST_PRESET = "regular-push";

    private final LiveRun run;
    private final Path presetsDir;
    private final Executor ui;
    private final RunLoader loader;
    private final LabFiles files;
    private final ObservableList<Preset> presets = FXCollections.observableArrayList();
    private final ObservableList<Preset> presetsView = FXCollections.unmodifiableObservableList(presets);
    private Consumer<Scenario> onOpened = s -> { };

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyBooleanWrapper unlimitedFanout = new ReadOnlyBooleanWrapper(this, "unlimitedFanout");
    private final ReadOnlyStringWrapper seedText = new ReadOnlyStringWrapper(this, "seedText", "");
    private final ReadOnlyStringWrapper seedError = new ReadOnlyStringWrapper(this, "seedError");
    private final ServerControls servers;
    private final ObservableList<ProducerControls> producers = FXCollections.observableArrayList();
    private final ObservableList<ProducerControls> producersView = FXCollections.unmodifiableObservableList(producers);

    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal");
    private final FiguresViewModel figures = new FiguresViewModel();
    private final ObservableList<String> fileProblems = FXCollections.observableArrayList();
    private final ObservableList<String> fileProblemsView = FXCollections.unmodifiableObservableList(fileProblems);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");


    /**
     * @param presetsDir {@code lessons/scenarios}; may be missing, then the menu is empty
     * @param background where files are read and runs built (never the FX thread in the app)
     * @param ui         the FX thread in the app ({@code Platform::runLater}); the calling thread in tests
     */
    public LabViewModel(LiveRun run, Path presetsDir, DialogService dialogs, Executor background, Executor ui) {
        this.run = run;
        this.presetsDir = presetsDir;
        this.ui = ui;
        this.loader = new RunLoader(run, background, ui);
        this.files = new LabFiles(dialogs, presetsDir);
        this.servers = ServerControls.sendingTo(this::send, unlimitedFanout::get);
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /**
     * Lists the presets and opens the first one that reads ({@value #FIRST_PRESET} when it is there), or the
     * built-in example when none does; all of it in the background.
     */
    public void openFirst() {
        loader.load(Messages.get("lab.busy.presets"), () -> {
            List<Preset> found = PresetCatalog.list(presetsDir);
            ui.execute(() -> presets.setAll(found));
            return firstReadable(found);
        }, this::show, problems -> fileProblems.setAll(problems));
    }

    private RunLoader.Opened firstReadable(List<Preset> found) {
        List<Preset> order = new ArrayList<>(found);
        order.sort(Comparator.comparing(p -> !p.name().equals(FIRST_PRESET)));
        for (Preset p : order) {
            try {
                return new RunLoader.Opened(ScenarioReader.read(p.file()), p.name());
            } catch (IOException | ScenarioFileException | RuntimeException e) {
                // a broken preset is listed in the menu with its problems; the lab opens the next one
            }
        }
        return new RunLoader.Opened(fallbackScenario(), Messages.get("lab.source.builtin"));
    }

    /** Opens {@code lessons/scenarios/NAME.json} in the background; its problems, if any, go to {@link #fileProblems()}. */
    public void openPreset(String name) {
        loader.load(name, () -> {
            Path file = presetsDir == null ? Path.of(name + ".json") : presetsDir.resolve(name + ".json");
            if (presetsDir == null || !Files.isRegularFile(file)) {
                throw new ScenarioFileException(List.of(new FileProblem(file.toString(), 0, 0,
                        Messages.format("lab.problem.noPreset", name))));
            }
            return new RunLoader.Opened(ScenarioReader.read(file), name);
        }, r -> open(r, Messages.format("lab.status.openedPreset", name)), this::problems);
    }

    /**
     * Reads a scenario file in the background and, when it is valid, runs it. When it is not, the problems are
     * listed one per line as {@code file:line:col: message} and the current run goes on untouched.
     */
    public void openFile(Path file, String sourceName) {
        loader.load(sourceName, () -> new RunLoader.Opened(ScenarioReader.read(file), sourceName),
                r -> open(r, Messages.format("lab.status.opened", sourceName)), this::problems);
    }

    /** File ▸ Open scenario…: asks for a file, then opens it as {@link #openFile} does. */
    public void openScenario() {
        files.askScenarioToOpen().ifPresent(f -> openFile(f, String.valueOf(f.getFileName())));
    }

    /** File ▸ Save scenario…: writes the current settings, live changes included, as scenario JSON. */
    public void saveScenario() {
        if (scenario.get() != null) {
            files.saveScenario(fileStem(), scenario.get());
        }
    }

    /** File ▸ Export metrics (CSV)…: the current figures under their report names. */
    public void exportMetricsCsv() {
        files.exportCsv(fileStem(), figures.metricsProperty().get());
    }

    /** File ▸ Export picture (PNG)…: {@code picture} draws what the current tab shows. */
    public void exportPng(ExportWriter picture) {
        files.exportPng(fileStem(), picture);
    }

    /** Shows {@code s} in every control and starts it from time 0 (built in the background). */
    public void load(Scenario s, String sourceName) {
        loader.load(sourceName, () -> new RunLoader.Opened(s, sourceName), this::show, this::problems);
    }

    /** Stops waiting for the scenario being opened; the current run goes on. */
    public void cancelOpening() {
        loader.cancel();
    }

    /** Called with each scenario opened from a preset or a file (the screen picks the tab that suits it). */
    public void setOnOpened(Consumer<Scenario> handler) {
        this.onOpened = handler == null ? s -> { } : handler;
    }

    public void dismissFileProblems() {
        fileProblems.clear();
    }

    private void open(RunLoader.Ready r, String status) {
        show(r);
        files.notify(status);
        onOpened.accept(r.opened().scenario());
    }

    private void problems(List<String> lines) {
        fileProblems.setAll(lines);
    }

    /** Fills every control from the new scenario and swaps the run in (FX thread). */
    private void show(RunLoader.Ready r) {
        Scenario s = r.opened().scenario();
        fileProblems.clear();
        refusal.set(null);
        scenario.set(s);
        source.set(r.opened().sourceName());
        seedText.set(Long.toString(s.seed()));
        seedError.set(null);
        List<ProducerControls> rows = new ArrayList<>();
        for (int i = 0; i < s.producers().size(); i++) {
            rows.add(new ProducerControls(i, s.producers().get(i), s.consumers(), this::send));
        }
        producers.setAll(rows);
        showValues(s);
        figures.newRun();
        r.run().start();
    }

    /** Every control shows {@code s}'s value, and sends nothing: the run has these values already. */
    private void showValues(Scenario s) {
        model.set(s.model());
        unlimitedFanout.set(s.fanoutWritesPerSecond() == 0);
        servers.reset(s);
        for (ProducerControls p : producers) {
            p.reset(s.producers().get(p.index()));
        }
    }

    public void setModel(Model m) {
        if (m == null || m == model.get()) {
            return;
        }
        model.set(m);
        send(new ParameterChange.SetModel(m));
    }

    public void setUnlimitedFanout(boolean unlimited) {
        if (unlimited == unlimitedFanout.get()) {
            return;
        }
        unlimitedFanout.set(unlimited);
        send(new ParameterChange.SetFanoutRate(unlimited ? 0 : servers.fanoutRate().value()));
    }

    /** The seed decides who follows whom and when everyone checks, so a new seed means a new run. */
    public void typeSeed(String text) {
        String t = text == null ? "" : text.strip();
        long seed;
        try {
            seed = Long.parseLong(t);
        } catch (NumberFormatException e) {
            seedError.set(Messages.get("lab.seed.error"));
            return;
        }
        seedError.set(null);
        seedText.set(t);
        Scenario current = scenario.get();
        if (current != null && seed != current.seed()) {
            load(current.withSeed(seed), source.get());
        }
    }

    /** Copies the run's latest snapshot into the figures; cheap when nothing new has been published. */
    public void refresh() {
        figures.show(run.latest());
    }

    /** The current source as a file name: "twitter-mix" → "twitter-mix", "My file.json" → "My-file". */
    String fileStem() {
        String s = source.get();
        return s == null || s.isBlank() ? "lab" : s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceFirst("\\.json$", "");
    }

    @Override
    public void close() {
        run.close();
    }

    /**
     * Applies a change to the lab's scenario and queues it for the engine, unless the engine would refuse the
     * changed run (its budget, the words the command line prints): then nothing is sent, the message says which
     * field to change, and every control goes back to what runs.
     */
    private void send(ParameterChange c) {
        Scenario current = scenario.get();
        if (current == null) {
            return;
        }
        Scenario next;
        try {
            next = c.applyTo(current);
        } catch (IllegalArgumentException e) {
            refusal.set(e.getMessage());
            showValues(current);
            return;
        }
        List<RunBudget.Problem> refused = RunBudget.check(next);
        if (!refused.isEmpty()) {
            refusal.set(Messages.get("lab.budget.refused") + "\n" + String.join("\n",
                    refused.stream().map(p -> Messages.format("lab.budget.problem", p.field(), p.message()))
                            .toList()));
            showValues(current);
            return;
        }
        refusal.set(null);
        scenario.set(next);
        run.change(c);
    }

    /** Used when the Lab opens with no preset at all (an empty presets folder). */
    static Scenario fallbackScenario() {
        return new Scenario(Messages.get("lab.fallback.name"), "", Model.PUSH, 3600, 7, 100_000,
                List.of(new Producer("celebrity", 100_000, 4, Schedule.UNIFORM),
                        new Producer("friend", 300, 2, Schedule.UNIFORM),
                        new Producer("news-desk", 20_000, 6, Schedule.UNIFORM)),
                30, 50_000, 100_000, 800);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** The presets folder, listed in the background by {@link #openFirst()}; empty until then. */
    public ObservableList<Preset> presets() {
        return presetsView;
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unlimitedFanoutProperty() {
        return unlimitedFanout.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty seedTextProperty() {
        return seedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty seedErrorProperty() {
        return seedError.getReadOnlyProperty();
    }

    /** The poll interval, celebrity threshold, fan-out rate and cache size. */
    public ServerControls servers() {
        return servers;
    }

    /** One row per producer of the current scenario; replaced whole when another scenario is loaded. */
    public ObservableList<ProducerControls> producers() {
        return producersView;
    }

    /** The live figures and charts of the current run. */
    public FiguresViewModel figures() {
        return figures;
    }

    /** True while a scenario is being read and its run built (the controls wait; the stage says so). */
    public ReadOnlyBooleanProperty busyProperty() {
        return loader.busyProperty();
    }

    /** What is being opened, e.g. "Opening twitter-mix…". */
    public ReadOnlyStringProperty busyTextProperty() {
        return loader.busyTextProperty();
    }

    /**
     * Why the last live change was not made (the engine's run budget, field by field, or a value the scenario
     * cannot hold); null when it was.
     */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
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
