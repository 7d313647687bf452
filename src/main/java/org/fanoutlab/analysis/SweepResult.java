package org.fanoutlab.analysis;

/** What every sweep's result says about itself. */
public interface SweepResult {
    /** The smallest {@link ScaleModel} factor any run used: 1 when every run was full size. */
    double smallestScale();
}
