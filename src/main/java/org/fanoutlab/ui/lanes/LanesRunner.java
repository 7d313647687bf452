package org.fanoutlab.ui.lanes;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.LanesSimulation;

/**
 * Owns one {@link LanesSimulation} on a single worker thread, so that engine work never runs on the FX thread.
 * Toolkit-free. Every call returns at once; results come back through {@link #snapshot()} and
 * {@link #drainTo(LaneEventBuffer)}. Repeated {@link #advanceTo(double)} calls coalesce to the latest target.
 * Tests pass a direct executor, which makes every call synchronous and the whole thing deterministic.
 */
final class LanesRunner implements AutoCloseable {
    static final int EVENT_CAPACITY = 1 << 15;

    private final Executor executor;
    private final ExecutorService owned;
    private final AtomicBoolean advanceScheduled = new AtomicBoolean();
    private final Object lock = new Object();

    // Worker-confined.
    private LanesSimulation sim;
    private final LaneEventBuffer workerEvents = new LaneEventBuffer();

    // Shared, guarded by lock.
    private final LaneEventBuffer ready = new LaneEventBuffer();

    private volatile double target;
    private volatile int generation;
    private volatile LanesSnapshot latest;
    private volatile Throwable failure;
    private volatile boolean closed;

    /** A runner with its own daemon worker thread. */
    static LanesRunner onWorker(Scenario scenario) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fanout-lanes");
            t.setDaemon(true); // never keeps the app alive after its window closes
            return t;
        });
        return new LanesRunner(scenario, worker, worker);
    }

    /** @param executor runs the work in order on one thread at a time ({@code Runnable::run} in tests) */
    LanesRunner(Scenario scenario, Executor executor) {
        this(scenario, executor, null);
    }

    private LanesRunner(Scenario scenario, Executor executor, ExecutorService owned) {
        Objects.requireNonNull(scenario, "scenario");
        this.executor = executor;
        this.owned = owned;
        execute(() -> {
            sim = new LanesSimulation(scenario, EVENT_CAPACITY);
            publish(generation);
        });
    }

    void advanceTo(double simSeconds) {
        target = simSeconds;
        if (advanceScheduled.compareAndSet(false, true)) {
            execute(() -> {
                // Cleared before reading the target, so a request arriving meanwhile schedules another pass.
                advanceScheduled.set(false);
                int gen = generation;
                sim.advanceTo(target);
                publish(gen);
            });
        }
    }

    void step() {
        execute(() -> {
            int gen = generation;
            sim.advanceToNextEvent();
            publish(gen);
        });
    }

    /** A live change, applied on the worker from the simulation's current time on. */
    void submit(Consumer<LanesSimulation> change) {
        execute(() -> {
            int gen = generation;
            change.accept(sim);
            publish(gen);
        });
    }

    /** Starts again from time 0 with the lanes as they are now (live changes kept). */
    void reset() {
        synchronized (lock) {
            generation++;
            ready.clear();
            latest = null;
        }
        int gen = generation;
        execute(() -> {
            sim = new LanesSimulation(sim.scenario(), EVENT_CAPACITY);
            workerEvents.clear();
            publish(gen);
        });
    }

    LanesSnapshot snapshot() {
        return latest;
    }

    int drainTo(LaneEventBuffer into) {
        synchronized (lock) {
            return ready.moveTo(into);
        }
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        closed = true;
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    private void execute(Runnable task) {
        if (closed) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    if (failure == null) {
                        failure = e;
                    }
                    throw e;
                }
            });
        } catch (RejectedExecutionException e) {
            // Closed between the check and the call: nothing left to do.
        }
    }

    /** Worker only: drains events and publishes figures, unless a reset made them stale. */
    private void publish(int gen) {
        sim.drainEvents(workerEvents);
        LanesSnapshot snap = new LanesSnapshot(sim.now(), sim.durationSeconds(), sim.posts(), sim.isFinished(),
                sim.metrics(), sim.lanes(), sim.scenario().producers().get(0).postsPerHour());
        synchronized (lock) {
            if (gen != generation) {
                workerEvents.clear();
                return;
            }
            workerEvents.moveTo(ready);
            latest = snap;
        }
    }
}
