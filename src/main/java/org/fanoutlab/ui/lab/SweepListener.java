package org.fanoutlab.ui.lab;

/** Told after each run of a sweep how many of the runs are done; called on the sweep's thread. */
@FunctionalInterface
interface SweepListener {
    SweepListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
