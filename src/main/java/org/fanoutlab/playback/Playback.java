package org.fanoutlab.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One playback layer for every stage (the inline stage of a lesson, the Lab, the delivery lanes, presenter mode):
 * play, pause, step, speed and seek, backwards too, over any {@link Replayable} run. Free of the JavaFX toolkit.
 *
 * <p><b>Time only moves when told.</b> The owner calls {@link #frame(long)} with a timestamp in nanoseconds (an
 * AnimationTimer's, or a test clock's); while playing, the playhead moves by speed × the time since the last
 * frame, and the engine is asked to follow. Nothing here reads a wall clock.
 *
 * <p><b>Threads.</b> The engine lives on one worker (its own daemon thread, or the executor given — tests pass
 * {@code Runnable::run}, which makes every call synchronous). Every method returns at once; results come back
 * through {@link #latest()} and {@link #drainEvents}. Requests to move coalesce to the latest target. All
 * methods but the worker's are for one owner thread (the FX thread, or the test's).
 *
 * <p><b>History.</b> Live changes ({@link #change}) are recorded with their simulated moment. Seeking back past
 * one and playing on applies it again at that moment; a change made after seeking back starts a new branch
 * (docs/decisions/0008-playback-layer.md).
 *
 * <p><b>Markers.</b> {@link #addMarker} pauses the playhead exactly at a moment and calls back (lesson
 * checkpoints: the stage stops, the card asks its question, Play goes on).
 */
public class Playback<R extends Replayable<R, C, S, F>, C, S extends EventQueue<S>, F> implements AutoCloseable {
    /** A stalled frame (a GC, a window drag) never moves the playhead by more than this much wall time. */
    public static final double MAX_FRAME_SECONDS = 0.25;
    /** How far, in wall seconds at the current speed, the playhead may run ahead of the engine's figures. */
    public static final double MAX_ENGINE_LAG_SECONDS = 0.5;
    private static final long DUTY_THRESHOLD_NANOS = 4_000_000;
    private static final long NO_FRAME = Long.MIN_VALUE;

    private final Executor executor;
    private final ExecutorService owned;
    private final Object lock = new Object();
    private final double duration;

    // Worker-confined.
    private RunHistory<R, C, S, F> history;
    private final S workerEvents;
    private long epoch;

    // Shared.
    private final S ready; // guarded by lock
    private final AtomicBoolean moveScheduled = new AtomicBoolean();
    private final AtomicBoolean jumpWanted = new AtomicBoolean();
    private volatile double target;
    private volatile Published<F> latest;
    private volatile Throwable failure;
    private volatile boolean closed;

    // Owner thread.
    private final List<Marker> markers = new ArrayList<>();
    private double position;
    private double startPosition;
    private double speed = 1;
    private boolean playing;
    private long lastNanos = NO_FRAME;

    /**
     * Builds the run on the worker and waits for it, so that an engine that refuses the scenario throws here.
     *
     * @param start    builds the run at time 0
     * @param buffers  makes an empty event queue (two are used: the worker's and the one shared with the owner)
     * @param executor null for a worker thread of its own; {@code Runnable::run} in tests
     */
    public Playback(Supplier<R> start, Supplier<S> buffers, Executor executor, SnapshotBudget budget) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(budget, "budget");
        this.workerEvents = buffers.get();
        this.ready = buffers.get();
        if (executor == null) {
            this.owned = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fanout-playback");
                t.setDaemon(true); // never keeps the app alive after its window closes
                return t;
            });
            this.executor = owned;
        } else {
            this.owned = null;
            this.executor = executor;
        }
        CompletableFuture<Double> built = new CompletableFuture<>();
        execute(() -> {
            try {
                history = new RunHistory<>(start.get(), budget, System::nanoTime);
                publish(false);
                built.complete(history.current().durationSeconds());
            } catch (RuntimeException | Error e) {
                built.completeExceptionally(e);
            }
        });
        try {
            duration = built.get();
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the run", e);
        }
    }

    // ------------------------------------------------------------------------------------------------ time

    /**
     * One frame at {@code nanos} (any monotonic clock, e.g. the AnimationTimer's stamp). While playing, the
     * playhead moves by speed × the time since the previous frame (at most {@link #MAX_FRAME_SECONDS}), waiting
     * for the engine when it falls behind, and stops at a marker, at the end, or never beyond.
     */
    public void frame(long nanos) {
        double dt = lastNanos == NO_FRAME ? 0 : Math.max(0, Math.min(MAX_FRAME_SECONDS, (nanos - lastNanos) / 1e9));
        lastNanos = nanos;
        if (!playing || closed) {
            return;
        }
        Published<F> p = latest;
        // When the engine cannot keep up (a million consumers at 10,000×), the playhead waits for it rather than
        // running ahead of the figures: the effective speed drops to what this machine can simulate.
        boolean behind = p != null && !p.finished() && position - p.time() > speed * MAX_ENGINE_LAG_SECONDS;
        if (!behind) {
            double next = Math.min(duration, position + speed * dt);
            Marker hit = firstMarkerIn(position, next);
            if (hit != null) {
                next = hit.at();
            }
            position = next;
            requestMove(position, false);
            if (hit != null) {
                playing = false;
                hit.onReached().run();
                return;
            }
        } else {
            requestMove(position, false);
        }
        if (position >= duration) {
            playing = false;
        }
    }

    private Marker firstMarkerIn(double from, double to) {
        Marker first = null;
        for (Marker m : markers) {
            if (m.at() > from && m.at() <= to && (first == null || m.at() < first.at())) {
                first = m;
            }
        }
        return first;
    }

    // -------------------------------------------------------------------------------------------- commands

    /** Plays from the playhead; at the end, from the start again. */
    public void play() {
        if (position >= duration) {
            seek(startPosition);
        }
        playing = true;
    }

    public void pause() {
        playing = false;
    }

    public void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and lets the engine process the next instant at which anything happens (see {@link #align}). */
    public void step() {
        playing = false;
        execute(() -> {
            history.step(workerEvents);
            publish(false);
        });
    }

    /**
     * Moves the playhead to {@code simSeconds} (clamped to the run), backwards or forwards; the engine follows
     * by restoring a snapshot and replaying, or by advancing. Playing goes on from there if it was playing.
     * Markers between the old and the new position do not fire.
     */
    public void seek(double simSeconds) {
        position = clampTime(simSeconds);
        requestMove(position, true);
    }

    /** Where the playhead starts, and where {@link #restart()} and Home go: 0, or a lead-in before the action. */
    public void setStart(double simSeconds) {
        startPosition = clampTime(simSeconds);
    }

    public double start() {
        return startPosition;
    }

    /**
     * Sets the playhead without moving the engine: after a {@link #step()}, the stage puts it on the event it
     * stepped to (the engine may have looked a little past it).
     */
    public void align(double simSeconds) {
        position = clampTime(simSeconds);
    }

    /** Simulated seconds per wall second, 0.1 to 10,000. */
    public void setSpeed(double simSecondsPerSecond) {
        speed = SpeedScale.clamp(simSecondsPerSecond);
    }

    /**
     * Applies a live change at the engine's current moment and records it in the history. The future fails with
     * the engine's message when it refuses the change (the run goes on, the history is untouched).
     */
    public CompletableFuture<Void> change(C change) {
        Objects.requireNonNull(change, "change");
        return CompletableFuture.runAsync(() -> {
            history.change(change);
            publish(false);
        }, this::execute);
    }

    /** Starts again from time 0 with the settings as they stand now; the history and its snapshots are dropped. */
    public void restart() {
        playing = false;
        execute(() -> {
            history.restartFrom(history.current().fresh());
            publish(true);
        });
        position = startPosition;
        if (startPosition > 0) {
            requestMove(startPosition, true);
        }
    }

    /** Reads something off the run on the worker (e.g. the series behind the Lab's charts). */
    public <T> CompletableFuture<T> query(Function<R, T> question) {
        Objects.requireNonNull(question, "question");
        return CompletableFuture.supplyAsync(() -> question.apply(history.current()), this::execute);
    }

    public void addMarker(Marker m) {
        markers.add(Objects.requireNonNull(m, "marker"));
    }

    public void removeMarker(Marker m) {
        markers.remove(m);
    }

    public void clearMarkers() {
        markers.clear();
    }

    public List<Marker> markers() {
        return List.copyOf(markers);
    }

    /** Moves the events published since the last call into {@code target}, in time order; returns how many. */
    public int drainEvents(S target) {
        synchronized (lock) {
            return ready.moveTo(target);
        }
    }

    /** Stops the worker; the run is dropped. */
    @Override
    public void close() {
        closed = true;
        playing = false;
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------------ state

    /** The playhead, simulated seconds. */
    public double position() {
        return position;
    }

    public boolean isPlaying() {
        return playing;
    }

    public double speed() {
        return speed;
    }

    public double durationSeconds() {
        return duration;
    }

    /** The engine's latest figures; null only while the first publication is on its way. */
    public Published<F> latest() {
        return latest;
    }

    /** The first failure on the worker (an engine bug), or null. */
    public Throwable failure() {
        return failure;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Snapshots held and their estimated size, read on the worker (benchmark and tests). */
    public CompletableFuture<long[]> snapshotStats() {
        return CompletableFuture.supplyAsync(() -> new long[] {history.snapshotCount(), history.snapshotBytes(),
            history.copyable() ? 1 : 0}, this::execute);
    }

    // ------------------------------------------------------------------------------------------------ worker

    private void requestMove(double simSeconds, boolean jump) {
        target = simSeconds;
        if (jump) {
            jumpWanted.set(true);
        }
        if (moveScheduled.compareAndSet(false, true)) {
            execute(() -> {
                // Cleared before reading: a request arriving meanwhile schedules another pass.
                moveScheduled.set(false);
                boolean seek = jumpWanted.getAndSet(false);
                double t = target;
                if (!seek && t <= history.current().now()) {
                    return; // already there (a step may have looked ahead): playing never goes back
                }
                long t0 = System.nanoTime();
                boolean back = history.goTo(t, seek ? null : workerEvents);
                publish(seek || back);
                yieldToRendering(System.nanoTime() - t0);
            });
        }
    }

    /** Worker only: figures and events out to the owner in one step, so the two always agree. */
    private void publish(boolean jumped) {
        R run = history.current();
        if (jumped) {
            epoch++;
            workerEvents.clear();
        }
        Published<F> p = new Published<>(run.figures(), run.now(), epoch, run.now() >= run.durationSeconds());
        synchronized (lock) {
            if (jumped) {
                ready.clear();
            }
            workerEvents.moveTo(ready);
            latest = p;
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
            // closed between the check and the call: nothing left to do
        }
    }

    /**
     * After a long advance on its own thread, the engine rests for part of the time it took, so that it uses
     * at most about 60% of a core and a two-core laptop keeps drawing smoothly (docs/decisions/0003).
     */
    private void yieldToRendering(long busyNanos) {
        if (owned == null || busyNanos < DUTY_THRESHOLD_NANOS) {
            return;
        }
        try {
            Thread.sleep(Math.min(50, busyNanos * 2 / 3 / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private double clampTime(double t) {
        if (Double.isNaN(t)) {
            return 0;
        }
        return Math.max(0, Math.min(duration, t));
    }
}
