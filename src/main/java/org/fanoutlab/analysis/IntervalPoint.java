package org.fanoutlab.analysis;

/**
 * One run of the poll-interval sweep.
 *
 * @param meanLatencySeconds mean post → delivery time: how stale a feed is on average
 * @param scale              the {@link ScaleModel} factor of the run (1 = full size; counts are scaled back)
 */
public record IntervalPoint(double intervalSeconds, long emptyChecks, long usefulChecks, double wastedPerUseful,
                     double meanLatencySeconds, double scale) {
}
