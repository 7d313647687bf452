package org.fanoutlab.engine;

import java.util.List;

/**
 * One run of a scenario, advanced only when its owner asks (DESIGN.md §2). Not thread-safe: one thread at a
 * time drives it (the UI keeps it on a worker thread, the CLI and tests on their own).
 *
 * <p>Live changes ({@code set…}) take effect from {@link #now()} on: what has already happened stays as it was.
 */
public final class Simulation {

    /** A run with no watched consumers: metrics and series only. */
    public Simulation(Scenario scenario) {
        this(scenario, 0, 0);
    }

    /**
     * @param watchedConsumers how many consumers to report events for (chosen deterministically from the seed,
     *                         so that they follow a mix of the producers); 0 for none
     * @param eventCapacity    events kept between two drains; older ones are dropped and counted
     */
    public Simulation(Scenario scenario, int watchedConsumers, int eventCapacity) {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    /** Runs a scenario start to end. */
    public static Report run(Scenario scenario) {
        return new Simulation(scenario).runToEnd();
    }

    /** The scenario as it stands now, with every live change applied. */
    public Scenario scenario() {
        throw new UnsupportedOperationException();
    }

    /** Simulated seconds reached so far. */
    public double now() {
        throw new UnsupportedOperationException();
    }

    public boolean isFinished() {
        throw new UnsupportedOperationException();
    }

    /** Processes everything that happens before {@code simSeconds} (clamped to the run's duration). */
    public void advanceTo(double simSeconds) {
        throw new UnsupportedOperationException();
    }

    /** The metrics at {@link #now()}. */
    public Metrics metrics() {
        throw new UnsupportedOperationException();
    }

    /** Advances to the end and reports, including the engine's wall time. */
    public Report runToEnd() {
        throw new UnsupportedOperationException();
    }

    /** The time series so far, oldest bucket first (a copy). */
    public List<SeriesPoint> series() {
        throw new UnsupportedOperationException();
    }

    /** Hands every event recorded since the last drain to {@code sink}, in time order; returns how many. */
    public int drainEvents(EventSink sink) {
        throw new UnsupportedOperationException();
    }

    /** Events lost because more than the event capacity piled up between two drains. */
    public long droppedEvents() {
        throw new UnsupportedOperationException();
    }

    public List<WatchedConsumer> watched() {
        throw new UnsupportedOperationException();
    }

    /**
     * How far the fan-out of this producer's latest pushed post has got, 0 to 1 (1 when it has no post
     * in the queue); lets the stage fill the crowd of unwatched followers.
     */
    public double fanoutProgress(int producer) {
        throw new UnsupportedOperationException();
    }

    public void setModel(Model model) {
        throw new UnsupportedOperationException();
    }

    public void setPollIntervalSeconds(double seconds) {
        throw new UnsupportedOperationException();
    }

    public void setCelebrityThreshold(long followers) {
        throw new UnsupportedOperationException();
    }

    public void setFanoutWritesPerSecond(double writesPerSecond) {
        throw new UnsupportedOperationException();
    }

    public void setCacheCapacity(int entries) {
        throw new UnsupportedOperationException();
    }

    public void setFollowers(int producer, long followers) {
        throw new UnsupportedOperationException();
    }

    public void setPostsPerHour(int producer, double postsPerHour) {
        throw new UnsupportedOperationException();
    }
}
