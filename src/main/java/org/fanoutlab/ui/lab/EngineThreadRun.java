package org.fanoutlab.ui.lab;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.SeriesPoint;
import org.fanoutlab.engine.Simulation;

/**
 * A {@link LiveRun} that owns one {@link Simulation} on a single daemon thread and advances it by wall-clock
 * time × speed. The FX thread only queues changes and reads the last {@link Snapshot}; it never waits here.
 */
final class EngineThreadRun implements LiveRun {
    /** Engine step period; also the longest a queued change waits before it reaches the engine. */
    static final long STEP_MILLIS = 20;
    /** Snapshots are published at most this often (well over the 4 per second the metrics need). */
    static final long PUBLISH_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** One step advances at most this much wall time, so a slow step does not make the next one huge. */
    private static final double MAX_STEP_WALL_SECONDS = 0.1;

    private final PendingChanges pending = new PendingChanges();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicReference<Scenario> restartRequest = new AtomicReference<>();
    private final AtomicLong speedBits = new AtomicLong(Double.doubleToLongBits(60));
    private final ScheduledExecutorService thread;
    private final LongSupplier nanoClock;

    // engine-thread state
    private Simulation simulation;
    private long generation;
    private long lastStepNanos;
    private long lastPublishNanos;
    private String problem;

    EngineThreadRun() {
        this(System::nanoTime);
    }

    EngineThreadRun(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fanout-lab-engine");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::step, 0, STEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void change(ParameterChange change) {
        pending.offer(change);
    }

    @Override
    public void restart(Scenario scenario) {
        restartRequest.set(scenario);
    }

    @Override
    public void setSpeed(double simSecondsPerSecond) {
        speedBits.set(Double.doubleToLongBits(Math.max(0, simSecondsPerSecond)));
    }

    @Override
    public Snapshot latest() {
        return latest.get();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void step() {
        try {
            long now = nanoClock.getAsLong();
            Scenario fresh = restartRequest.getAndSet(null);
            if (fresh != null) {
                pending.clear();
                simulation = new Simulation(fresh);
                generation++;
                problem = null;
                lastStepNanos = now;
                publish(now);
                return;
            }
            if (simulation == null) {
                return;
            }
            for (ParameterChange c : pending.drain()) {
                try {
                    c.applyTo(simulation);
                    problem = null;
                } catch (IllegalArgumentException | IllegalStateException e) {
                    // a value the engine refuses: say so, keep the run going with what it had
                    problem = e.getMessage();
                }
            }
            double wall = Math.min(MAX_STEP_WALL_SECONDS, (now - lastStepNanos) / 1e9);
            lastStepNanos = now;
            double speed = Double.longBitsToDouble(speedBits.get());
            if (!simulation.isFinished() && speed > 0) {
                simulation.advanceTo(simulation.now() + wall * speed);
            }
            if (now - lastPublishNanos >= PUBLISH_NANOS) {
                publish(now);
            }
        } catch (RuntimeException e) {
            // the scheduler would silently stop on an escaped exception; keep stepping and show the message
            problem = "The engine stopped this step: " + e;
        }
    }

    private void publish(long now) {
        lastPublishNanos = now;
        List<SeriesPoint> series = simulation.series();
        latest.set(new Snapshot(generation, simulation.scenario(), simulation.metrics(), series,
                simulation.isFinished(), problem));
    }
}
