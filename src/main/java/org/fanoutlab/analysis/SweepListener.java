package org.fanoutlab.analysis;

/** Told after each run of a sweep how many of the runs are done; called on the sweep's thread. */
@FunctionalInterface
public interface SweepListener {
    SweepListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
