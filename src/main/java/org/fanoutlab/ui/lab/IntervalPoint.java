package org.fanoutlab.ui.lab;

/**
 * One run of the poll-interval sweep.
 *
 * @param meanLatencySeconds mean post → delivery time: how stale a feed is on average
 */
record IntervalPoint(double intervalSeconds, long emptyChecks, long usefulChecks, double wastedPerUseful,
                     double meanLatencySeconds) {
}
