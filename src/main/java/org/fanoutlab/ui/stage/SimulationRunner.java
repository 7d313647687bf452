package org.fanoutlab.ui.stage;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.engine.WatchedConsumer;

/**
 * Owns one {@link Simulation} on a single worker thread, so that a slow advance (a 50M-follower fan-out) never
 * stalls the FX thread. Toolkit-free: usable from the stage, the lab screen and tests alike.
 *
 * <p>Every call returns at once. Work runs on the worker in the order asked; results come back through
 * {@link #drainTo(EventBuffer)} (the events for watched consumers) and {@link #snapshot()} (metrics, fan-out
 * progress, the scene). Repeated {@link #advanceTo(double)} calls coalesce: only the latest target is run.
 *
 * <p>Live parameter changes (the lab's sliders) go through {@link #submit(Consumer)}, e.g.
 * {@code runner.submit(sim -> sim.setPollIntervalSeconds(10))}; they apply from the simulation's current time on
 * and a fresh snapshot is published right after. {@link #query(Function)} reads anything else off the worker.
 *
 * <p>A live change the engine rejects (an impossible value) fails only its own future; the run goes on. A
 * failure while advancing or resetting (an engine bug) is kept and reported by {@link #failure()}, and the
 * stage shows it, rather than being lost in a thread's stack trace.
 */
public final class SimulationRunner implements StageEventSource {
    /** Watched consumers drawn one by one on the stage. */
    public static final int DEFAULT_WATCHED = 5;
    /** Events kept between two drains; at 60 drains per second this is ample even at 10,000×. */
    public static final int DEFAULT_EVENT_CAPACITY = 1 << 16;

    private static final long DUTY_THRESHOLD_NANOS = 4_000_000;

    private final ExecutorService worker;
    private final int watchedCount;
    private final int eventCapacity;
    private final AtomicBoolean advanceScheduled = new AtomicBoolean();
    private final Object lock = new Object();

    // Worker-confined.
    private Simulation sim;
    private final EventBuffer workerEvents = new EventBuffer();
    private StageScene workerScene;

    // Shared, guarded by lock.
    private final EventBuffer ready = new EventBuffer();

    private volatile double target;
    private volatile int generation;
    private volatile StageSnapshot latest;
    private volatile StageScene scene;
    private volatile Throwable failure;

    /** A runner with {@link #DEFAULT_WATCHED} watched consumers. Blocks until the simulation is built. */
    public SimulationRunner(Scenario scenario) {
        this(scenario, DEFAULT_WATCHED, DEFAULT_EVENT_CAPACITY);
    }

    /**
     * Builds the simulation on the worker and waits for it, so that construction errors surface here.
     *
     * @throws IllegalArgumentException (or whatever the engine throws) when the simulation cannot be built
     */
    public SimulationRunner(Scenario scenario, int watchedConsumers, int eventCapacity) {
        Objects.requireNonNull(scenario, "scenario");
        this.watchedCount = watchedConsumers;
        this.eventCapacity = eventCapacity;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fanout-simulation");
            t.setDaemon(true); // never keeps the app alive after its window closes
            return t;
        });
        try {
            worker.submit(() -> {
                sim = new Simulation(scenario, watchedConsumers, eventCapacity);
                publish(generation);
                return null;
            }).get();
        } catch (ExecutionException e) {
            worker.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the simulation", e);
        }
    }

    @Override
    public StageScene scene() {
        return scene;
    }

    @Override
    public void advanceTo(double simSeconds) {
        target = simSeconds;
        if (advanceScheduled.compareAndSet(false, true)) {
            execute(() -> {
                // Cleared before reading the target, so a request arriving meanwhile schedules another pass.
                advanceScheduled.set(false);
                int gen = generation;
                long t0 = System.nanoTime();
                sim.advanceTo(target);
                publish(gen);
                yieldToRendering(System.nanoTime() - t0);
            });
        }
    }

    @Override
    public void advanceToNextEvent() {
        execute(() -> {
            int gen = generation;
            double start = sim.now();
            double span = 1e-3;
            // Doubling search: overshoots the next event by at most its own distance, in O(log) advances.
            while (!sim.isFinished()) {
                sim.advanceTo(start + span);
                if (sim.drainEvents(workerEvents) > 0) {
                    break;
                }
                span *= 2;
            }
            publish(gen);
        });
    }

    /** Applies a live change on the worker, then publishes a fresh snapshot. */
    public CompletableFuture<Void> submit(Consumer<Simulation> change) {
        Objects.requireNonNull(change, "change");
        return CompletableFuture.runAsync(() -> {
            int gen = generation;
            change.accept(sim);
            publish(gen);
        }, this::execute);
    }

    /** Reads something from the simulation on the worker (e.g. {@code Simulation::series}). */
    public <T> CompletableFuture<T> query(Function<Simulation, T> question) {
        Objects.requireNonNull(question, "question");
        return CompletableFuture.supplyAsync(() -> question.apply(sim), this::execute);
    }

    @Override
    public int drainTo(EventBuffer targetBuffer) {
        synchronized (lock) {
            return ready.moveTo(targetBuffer);
        }
    }

    @Override
    public StageSnapshot snapshot() {
        return latest;
    }

    /** The first failure seen on the worker, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Watched consumers this runner reports events for. */
    public int watchedCount() {
        return watchedCount;
    }

    @Override
    public void reset() {
        // Bumped here, on the caller's thread, so that work already queued for the old run publishes nothing.
        synchronized (lock) {
            generation++;
            ready.clear();
            latest = null;
        }
        int gen = generation;
        execute(() -> {
            sim = new Simulation(sim.scenario(), watchedCount, eventCapacity);
            workerEvents.clear();
            publish(gen);
        });
    }

    /** Stops the worker; the simulation is dropped. */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void execute(Runnable task) {
        if (worker.isShutdown()) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    if (failure == null) {
                        failure = e;
                    }
                    throw e;
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closed between the check and the call: nothing left to do.
        }
    }

    /**
     * After a long advance, rests for part of the time it took, so that the engine uses at most about 60% of a
     * core: on a two-core laptop (or a projector PC) the animation and rendering threads keep their share and
     * frames stay smooth; the stage's clock then waits for the engine instead.
     */
    private static void yieldToRendering(long busyNanos) {
        if (busyNanos < DUTY_THRESHOLD_NANOS) {
            return;
        }
        try {
            Thread.sleep(Math.min(50, busyNanos * 2 / 3 / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Worker only: drains events and publishes figures, unless a reset made them stale. */
    private void publish(int gen) {
        sim.drainEvents(workerEvents);
        Scenario sc = sim.scenario();
        if (workerScene == null || !workerScene.scenario().equals(sc)) {
            List<WatchedConsumer> w = sim.watched();
            workerScene = new StageScene(sc, w);
        }
        int producers = sc.producers().size();
        double[] progress = new double[producers];
        for (int p = 0; p < producers; p++) {
            progress[p] = sim.fanoutProgress(p);
        }
        StageSnapshot snap = new StageSnapshot(sim.now(), sim.metrics(), progress, sim.isFinished(), workerScene);
        synchronized (lock) {
            if (gen != generation) {
                workerEvents.clear();
                return;
            }
            workerEvents.moveTo(ready);
            scene = workerScene;
            latest = snap;
        }
    }
}
