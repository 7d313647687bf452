package org.fanoutlab.ui.lab.compare;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.fanoutlab.engine.Scenario;

/**
 * Advances a {@link CompareRun} on its own daemon thread at the lab's speed and publishes the table; the FX
 * thread only reads {@link #latest()}.
 */
public final class CompareDriver implements AutoCloseable {
    /** What the compare table shows at one simulated moment. */
    record State(Scenario scenario, double simSeconds, boolean finished, List<CompareRow> rows, String problem) {
    }

    private final AtomicReference<State> latest = new AtomicReference<>();
    private final AtomicReference<Scenario> restartRequest = new AtomicReference<>();
    private final AtomicLong speedBits = new AtomicLong(Double.doubleToLongBits(60));
    private final ScheduledExecutorService thread;
    private CompareRun run;
    private long last;

    public CompareDriver() {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fanout-lab-compare");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::step, 0, 100, TimeUnit.MILLISECONDS);
    }

    void start(Scenario scenario) {
        restartRequest.set(scenario);
    }

    void setSpeed(double simSecondsPerSecond) {
        speedBits.set(Double.doubleToLongBits(Math.max(0, simSecondsPerSecond)));
    }

    State latest() {
        return latest.get();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void step() {
        long now = System.nanoTime();
        try {
            Scenario fresh = restartRequest.getAndSet(null);
            if (fresh != null) {
                run = new CompareRun(fresh);
                last = now;
            } else if (run != null && !run.isFinished()) {
                double wall = Math.min(0.25, (now - last) / 1e9);
                last = now;
                run.advanceTo(run.now() + wall * Double.longBitsToDouble(speedBits.get()));
            }
            if (run != null) {
                latest.set(new State(run.scenario(), run.now(), run.isFinished(), run.table(), null));
            }
        } catch (RuntimeException e) {
            State s = latest.get();
            latest.set(new State(s == null ? null : s.scenario(), s == null ? 0 : s.simSeconds(), true,
                    s == null ? List.of() : s.rows(), "The comparison stopped: " + e.getMessage()));
            run = null;
        }
    }
}
