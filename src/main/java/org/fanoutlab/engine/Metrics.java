package org.fanoutlab.engine;

/**
 * The metrics of DESIGN.md §2 at one simulated moment. Names match reports, JSON and CSV exactly.
 *
 * @param simSeconds the simulated time these figures describe
 * @param fanoutBacklog cache writes waiting in the fan-out queue right now
 * @param undelivered (post, follower) pairs not delivered yet (at the end of a run: never delivered)
 * @param sampled true when random-outcome figures were estimated from a sample of consumers
 */
public record Metrics(
        double simSeconds,
        long posts,
        long cacheWrites,
        double writeAmplification,
        long checks,
        long emptyChecks,
        long usefulChecks,
        double wastedPerUseful,
        long readQueries,
        long deliveries,
        Latency deliveryLatencySeconds,
        long fanoutBacklog,
        long fanoutBacklogMax,
        long evictions,
        long undelivered,
        boolean sampled) {
}
