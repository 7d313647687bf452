package org.fanoutlab.engine;

/**
 * What happened in one bucket of simulated time, for charts. Counts are for the bucket alone;
 * latency percentiles are of the deliveries made in the bucket; backlog is at the bucket's end.
 */
public record SeriesPoint(
        double startSeconds,
        double bucketSeconds,
        long cacheWrites,
        long checks,
        long emptyChecks,
        long usefulChecks,
        long readQueries,
        long deliveries,
        double latencyP50,
        double latencyP95,
        double latencyP99,
        long fanoutBacklog) {
}
