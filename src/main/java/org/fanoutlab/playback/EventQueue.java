package org.fanoutlab.playback;

/** Events handed from the engine's thread to the frame loop, on primitive arrays; emptied when the playback jumps. */
public interface EventQueue<Q extends EventQueue<Q>> {
    void clear();

    /** Events waiting. */
    int pending();

    /** Appends every waiting event to {@code target} and empties this queue; returns how many moved. */
    int moveTo(Q target);
}
