package org.fanoutlab.ui.lab.live;

/**
 * The chart lines over simulated time, already cut down to a bounded number of points. Rates are per simulated
 * second. Arrays are index-aligned with {@link #time}; they are never changed after construction.
 */
public record ChartData(double[] time, double[] writesPerSecond, double[] emptyChecksPerSecond,
                 double[] usefulChecksPerSecond, double[] latencyP50, double[] latencyP95, double[] latencyP99,
                 double[] backlog) {
    static final ChartData EMPTY = new ChartData(new double[0], new double[0], new double[0], new double[0],
            new double[0], new double[0], new double[0], new double[0]);

    int size() {
        return time.length;
    }
}
