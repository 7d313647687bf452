package org.fanoutlab.engine;

import org.fanoutlab.engine.base.Latency;

/**
 * The figures of a run at one simulated moment (docs/decisions/0002-engine-semantics.md). Names match reports,
 * JSON and CSV exactly; {@link MetricCatalogue} describes each one and says how to print it.
 *
 * @param simSeconds the simulated time these figures describe
 * @param checks feed opens in pull and hybrid, where an open asks the servers what is new
 * @param readQueries producer timelines read to answer opens (pull: every followee; hybrid: celebrities)
 * @param feedOpens consumers opening their feed, one every {@code pollIntervalSeconds} each, in every model
 * @param cacheReads feed-cache reads those opens make in push and hybrid (one per open)
 * @param fanoutBacklog cache writes waiting in the fan-out queue right now
 * @param undelivered (post, follower) pairs not delivered yet (at the end of a run: never delivered)
 * @param sampled true when consumer-dependent figures were estimated from a sample of consumers
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
        long feedOpens,
        long cacheReads,
        long deliveries,
        Latency deliveryLatencySeconds,
        long fanoutBacklog,
        long fanoutBacklogMax,
        long evictions,
        long undelivered,
        boolean sampled) {
}
