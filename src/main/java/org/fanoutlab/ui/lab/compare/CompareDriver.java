package org.fanoutlab.ui.lab.compare;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Scenario;

/**
 * Advances a {@link CompareRun} at the lab's speed and publishes its figures; the FX thread only reads
 * {@link #latest()}. In the app a daemon thread calls {@link #step()} every 100 ms; tests call it themselves
 * with a clock they move.
 */
public final class CompareDriver implements AutoCloseable {
    /** Where the comparison is. */
    enum Phase { RUNNING, FINISHED, STOPPED }

    /** What the compare table shows at one simulated moment: one {@link Metrics} per model, in model order. */
    record State(Scenario scenario, double simSeconds, Phase phase, List<Metrics> metrics, String problem) {
    }

    /** A wall-clock stall (a GC, a busy machine) never jumps the comparison by more than this. */
    static final double MAX_STEP_SECONDS = 0.25;

    private final AtomicReference<State> latest = new AtomicReference<>();
    private final AtomicReference<Scenario> restartRequest = new AtomicReference<>();
    private final AtomicBoolean stopRequest = new AtomicBoolean();
    private final AtomicLong speedBits = new AtomicLong(Double.doubleToLongBits(60));
    private final LongSupplier nanoClock;
    private final ScheduledExecutorService thread;
    private CompareRun run;
    private long last;

    /** Runs on its own daemon thread with the system clock. */
    public CompareDriver() {
        this.nanoClock = System::nanoTime;
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fanout-lab-compare");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::step, 0, 100, TimeUnit.MILLISECONDS);
    }

    /** Driven by whoever calls {@link #step()}, with {@code nanoClock} as the wall clock (tests). */
    CompareDriver(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.thread = null;
    }

    void start(Scenario scenario) {
        stopRequest.set(false);
        restartRequest.set(scenario);
    }

    /** Stops the comparison where it is; the table keeps the figures reached so far. */
    void stop() {
        restartRequest.set(null);
        stopRequest.set(true);
    }

    void setSpeed(double simSecondsPerSecond) {
        speedBits.set(Double.doubleToLongBits(Math.max(0, simSecondsPerSecond)));
    }

    State latest() {
        return latest.get();
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    /** One tick: starts a requested run, or advances the current one by the wall time since the last tick. */
    void step() {
        long now = nanoClock.getAsLong();
        try {
            Scenario fresh = restartRequest.getAndSet(null);
            if (fresh != null) {
                run = new CompareRun(fresh);
                last = now;
            } else if (run != null && !run.isFinished()) {
                double wall = Math.min(MAX_STEP_SECONDS, (now - last) / 1e9);
                last = now;
                run.advanceTo(run.now() + wall * Double.longBitsToDouble(speedBits.get()));
            }
            if (stopRequest.getAndSet(false) && run != null) {
                publish(Phase.STOPPED, null);
                run = null;
            } else if (run != null) {
                publish(run.isFinished() ? Phase.FINISHED : Phase.RUNNING, null);
            }
        } catch (RuntimeException e) {
            State s = latest.get();
            latest.set(new State(s == null ? null : s.scenario(), s == null ? 0 : s.simSeconds(), Phase.STOPPED,
                    s == null ? List.of() : s.metrics(), e.getMessage()));
            run = null;
        }
    }

    private void publish(Phase phase, String problem) {
        latest.set(new State(run.scenario(), run.now(), phase, run.metrics(), problem));
    }
}
