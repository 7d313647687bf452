package org.fanoutlab.ui.lab.compare;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.Messages;

/**
 * Advances a {@link CompareRun} at the lab's speed and publishes its figures; the FX thread only reads
 * {@link #latest()}. In the app a daemon thread calls {@link #step()} every 100 ms; tests call it themselves
 * with a clock they move.
 */
public final class CompareDriver implements AutoCloseable {
    /** Where the comparison is. */
    enum Phase { RUNNING, FINISHED, STOPPED }

    /**
     * What the compare table shows at one simulated moment: one {@link Metrics} per model, in model order (none
     * when the run was refused).
     *
     * @param problem what went wrong, in the learner's words, or null
     */
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
    /** Written and advanced on the driver's thread; read by {@link #stop()} to cancel an advance in progress. */
    private volatile CompareRun run;
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

    /** Stops the comparison where it is, even in the middle of an advance; the table keeps the figures reached. */
    void stop() {
        restartRequest.set(null);
        stopRequest.set(true);
        CompareRun r = run;
        if (r != null) {
            r.cancel();
        }
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
            if (fresh != null && !refused(fresh)) {
                run = new CompareRun(fresh);
                last = now;
            } else if (run != null && !run.isFinished() && !stopRequest.get()) {
                double wall = Math.min(MAX_STEP_SECONDS, (now - last) / 1e9);
                last = now;
                run.advanceTo(run.now() + wall * Double.longBitsToDouble(speedBits.get()));
            }
            if (stopRequest.getAndSet(false) && run != null) {
                stopped();
            } else if (run != null) {
                publish(run.isFinished() ? Phase.FINISHED : Phase.RUNNING, null);
            }
        } catch (CancellationException e) {
            stopRequest.set(false);
            stopped();
        } catch (RuntimeException e) {
            State s = latest.get();
            latest.set(new State(s == null ? null : s.scenario(), s == null ? 0 : s.simSeconds(), Phase.STOPPED,
                    s == null ? List.of() : s.metrics(),
                    Messages.format("lab.compare.failed", String.valueOf(e.getMessage()))));
            run = null;
        }
    }

    /** The engine's budget refuses one of the three runs: says why, in the command line's words, and runs none. */
    private boolean refused(Scenario s) {
        List<String> why = CompareRun.refusals(s);
        if (why.isEmpty()) {
            return false;
        }
        run = null;
        latest.set(new State(s, 0, Phase.STOPPED, List.of(),
                Messages.get("lab.compare.refusedHeading") + "\n" + String.join("\n", why)));
        return true;
    }

    /** A stopped run keeps the figures of its last finished advance. */
    private void stopped() {
        if (run != null) {
            publish(Phase.STOPPED, null);
            run = null;
        }
    }

    private void publish(Phase phase, String problem) {
        latest.set(new State(run.scenario(), run.now(), phase, run.metrics(), problem));
    }
}
