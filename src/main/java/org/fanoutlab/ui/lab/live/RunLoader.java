package org.fanoutlab.ui.lab.live;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.Messages;

/**
 * Opens runs off the FX thread. Reading a file and building its run (the engine lays out every follower: up to
 * seconds for a big preset) happen on {@code background}; the result comes back through {@code ui}. Only the
 * latest request counts: one that an open or a cancel has overtaken is discarded when it finishes.
 * Requests and {@link #cancel()} are made on the {@code ui} thread.
 */
final class RunLoader {
    /** Where a scenario comes from: a file to read, a preset, the same scenario with another seed. */
    @FunctionalInterface
    interface Source {
        Opened read() throws IOException, ScenarioFileException;
    }

    /** A scenario read and its name for the toolbar (a preset name or a file name). */
    record Opened(Scenario scenario, String sourceName) {
    }

    /** A scenario with its run built, ready to be shown. */
    record Ready(Opened opened, LiveRun.Prepared run) {
    }

    private final LiveRun run;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText", "");
    private long ticket;

    RunLoader(LiveRun run, Executor background, Executor ui) {
        this.run = run;
        this.background = background;
        this.ui = ui;
    }

    /**
     * Reads {@code source} and builds its run in the background.
     *
     * @param what     what is being opened, for the busy line ("Opening twitter-mix…")
     * @param ready    on the ui thread, when this is still the latest request
     * @param problems on the ui thread: what is wrong, one {@code file:line:col: message} per line
     */
    void load(String what, Source source, Consumer<Ready> ready, Consumer<List<String>> problems) {
        long mine = ++ticket;
        busy.set(true);
        busyText.set(Messages.format("lab.busy.opening", what));
        background.execute(() -> {
            Ready r;
            try {
                Opened o = source.read();
                r = new Ready(o, run.prepare(o.scenario()));
            } catch (ScenarioFileException e) {
                List<String> lines = e.problems().stream().map(FileProblem::toString).toList();
                ui.execute(() -> failed(mine, lines, problems));
                return;
            } catch (IOException | RuntimeException e) {
                String line = Messages.format("lab.problem.unreadable", what, String.valueOf(e.getMessage()));
                ui.execute(() -> failed(mine, List.of(line), problems));
                return;
            }
            ui.execute(() -> {
                if (mine != ticket) {
                    r.run().discard();
                    return;
                }
                // shown first, then not busy: whoever waits for the end of the busy state sees the new run
                ready.accept(r);
                busy.set(false);
            });
        });
    }

    /** Forgets the request in flight: the current run goes on, the new one is freed when it is built. */
    void cancel() {
        ticket++;
        busy.set(false);
    }

    private void failed(long mine, List<String> lines, Consumer<List<String>> problems) {
        if (mine == ticket) {
            problems.accept(lines);
            busy.set(false);
        }
    }

    /** True while a request is being read or built. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }
}
