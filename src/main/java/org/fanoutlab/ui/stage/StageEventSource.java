package org.fanoutlab.ui.stage;

/**
 * Where the stage's events and figures come from. {@link SimulationRunner} is the real one (the engine on its own
 * thread); tests use a scripted fake. Requests may complete later: results show up in {@link #drainTo} and
 * {@link #snapshot()} once ready, which is how a slow 50M-follower advance stays off the FX thread.
 */
interface StageEventSource extends AutoCloseable {

    /** The scene as of the latest completed work. */
    StageScene scene();

    /** Asks for everything before {@code simSeconds} to be simulated. Cheap, non-blocking, coalesced. */
    void advanceTo(double simSeconds);

    /** Asks to advance just far enough for at least one event to appear (or to the end of the run). */
    void advanceToNextEvent();

    /** Moves the events produced since the last call into {@code target}, in time order; returns how many. */
    int drainTo(EventBuffer target);

    /** The latest figures, or null before the first advance has completed. */
    StageSnapshot snapshot();

    /** Starts the run again from time 0 with the current parameters; pending events are discarded. */
    void reset();

    @Override
    void close();
}
