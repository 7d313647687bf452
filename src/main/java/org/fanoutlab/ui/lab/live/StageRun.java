package org.fanoutlab.ui.lab.live;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.engine.SeriesPoint;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.playback.FanoutFrame;
import java.util.function.Consumer;
import org.fanoutlab.playback.EventBuffer;
import org.fanoutlab.playback.Playback;
import org.fanoutlab.playback.FanoutReplay;
import org.fanoutlab.playback.Published;
import org.fanoutlab.ui.stage.StageViewModel;
import org.fanoutlab.ui.lab.controls.ParameterChange;

/**
 * The lab's {@link LiveRun} on the stage's own engine thread: the {@link StageViewModel}'s
 * {@link FanoutPlayback} owns the simulation, the stage's frame clock advances it, and the lab's controls send
 * their changes to that same playback, which records them in the run's history (a seek back and forward again
 * applies them at the same moments). There is no second engine thread.
 *
 * <p>Changes wait in {@link PendingChanges} and go to the runner as one batch at most every
 * {@link #FLUSH_NANOS}: a slider dragged across its whole range costs the engine about twenty changes a second,
 * not one per mouse event. Methods are called on the FX thread (the runner's own work stays on its worker).
 */
public final class StageRun implements LiveRun {
    static final long FLUSH_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** Runs a task after a delay: the JDK's delay timer in the app, a test's own clock in tests. */
    @FunctionalInterface
    public interface Timer {
        void schedule(long delayNanos, Runnable task);
    }

    private final Function<Scenario, StageViewModel> stageFactory;
    private final LongSupplier nanoClock;
    private final Timer timer;
    private final ReadOnlyObjectWrapper<StageViewModel> stage = new ReadOnlyObjectWrapper<>(this, "stage");
    private final PendingChanges pending = new PendingChanges();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final AtomicReference<String> problem = new AtomicReference<>();
    private final AtomicReference<List<SeriesPoint>> series = new AtomicReference<>(List.of());
    private final AtomicBoolean seriesAsked = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long lastFlush;
    private volatile long generation;
    private long seriesEpoch = -1;

    // FX thread: the last snapshot handed out, and what it was built from
    private Snapshot last;
    private Published<FanoutFrame> lastStage;
    private List<SeriesPoint> lastSeries;
    private String lastProblem;

    /** @param stageFactory builds a stage (and with it the runner) for a scenario; {@code StageViewModel::new} */
    public StageRun(Function<Scenario, StageViewModel> stageFactory) {
        this(stageFactory, System::nanoTime,
                (delay, task) -> CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS).execute(task));
    }

    public StageRun(Function<Scenario, StageViewModel> stageFactory, LongSupplier nanoClock, Timer timer) {
        this.stageFactory = Objects.requireNonNull(stageFactory, "stageFactory");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    /** The stage showing the current run; replaced (and the old one disposed) by {@link #restart}. */
    public ReadOnlyObjectProperty<StageViewModel> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    @Override
    public void change(ParameterChange change) {
        pending.offer(change);
        if (flushQueued.compareAndSet(false, true)) {
            long wait = Math.max(0, lastFlush + FLUSH_NANOS - nanoClock.getAsLong());
            timer.schedule(wait, this::flush);
        }
    }

    /** Sends what is waiting to the runner as one task; runs on the delay timer's thread, never the engine's. */
    void flush() {
        // cleared before draining: a change offered after this line schedules the next flush itself
        flushQueued.set(false);
        lastFlush = nanoClock.getAsLong();
        List<ParameterChange> batch = pending.drain();
        StageViewModel s = stage.get();
        if (batch.isEmpty() || s == null) {
            return;
        }
        batches.incrementAndGet();
        s.playback().change(sim -> apply(batch, sim));
    }

    /** How many batches of changes went to the engine so far (the coalescing test counts them). */
    public int batchesSent() {
        return batches.get();
    }

    private void apply(List<ParameterChange> batch, Simulation sim) {
        for (ParameterChange c : batch) {
            try {
                c.applyTo(sim);
                problem.set(null);
            } catch (IllegalArgumentException | IllegalStateException e) {
                // refused by the engine: report it and keep the run; an escaped exception would stop the runner
                problem.set(e.getMessage());
            }
        }
    }

    @Override
    public Prepared prepare(Scenario scenario) {
        StageViewModel fresh = stageFactory.apply(scenario);
        return new Prepared() {
            @Override
            public void start() {
                install(fresh);
            }

            @Override
            public void discard() {
                fresh.dispose();
            }
        };
    }

    private void install(StageViewModel fresh) {
        pending.clear();
        generation++;
        series.set(List.of());
        seriesAsked.set(false);
        problem.set(null);
        StageViewModel old = stage.get();
        stage.set(fresh);
        if (old != null) {
            old.dispose();
        }
        fresh.play();
    }

    @Override
    public Snapshot latest() {
        StageViewModel s = stage.get();
        if (s == null) {
            return last;
        }
        Playback<?, Consumer<Simulation>, EventBuffer, FanoutFrame> playback = s.playback();
        Published<FanoutFrame> snap = playback.latest();
        if (snap == null) {
            return last;
        }
        askForSeries(playback, snap);
        List<SeriesPoint> points = series.get();
        String p = problem.get();
        if (p == null && playback.failure() != null) {
            p = Messages.format("lab.stage.stopped", String.valueOf(playback.failure().getMessage()));
        }
        if (snap == lastStage && points == lastSeries && Objects.equals(p, lastProblem)) {
            return last;
        }
        lastStage = snap;
        lastSeries = points;
        lastProblem = p;
        FanoutFrame f = snap.figures();
        last = new Snapshot(generation, f.scenario(), f.metrics(), points, snap.finished(), p);
        return last;
    }

    /**
     * One series request in flight at a time; it queues behind the stage's advances on the engine's worker. A
     * jump (a seek) asks again at once, so the charts never show another moment's series for long.
     */
    private void askForSeries(Playback<?, Consumer<Simulation>, EventBuffer, FanoutFrame> playback,
            Published<FanoutFrame> snap) {
        if (snap.epoch() != seriesEpoch) {
            seriesEpoch = snap.epoch();
            seriesAsked.set(false);
        }
        if (!seriesAsked.compareAndSet(false, true)) {
            return;
        }
        long gen = generation;
        playback.query(r -> r instanceof FanoutReplay f ? f.series() : List.<SeriesPoint>of())
                .whenComplete((list, error) -> {
            if (list != null && gen == generation) {
                series.set(list);
            }
            seriesAsked.set(false);
        });
    }

    /** The stage's speed (simulated seconds per second), for compare mode to run at the same pace. */
    public double speed() {
        StageViewModel s = stage.get();
        return s == null ? 0 : s.getSpeed();
    }

    @Override
    public void close() {
        pending.clear();
        StageViewModel s = stage.get();
        if (s != null) {
            s.dispose();
        }
    }
}
