package org.fanoutlab.playback;

/** A live change and the simulated moment it was made at: one entry of a run's history. */
record TimedChange<C>(double at, C change) {
}
