package org.fanoutlab.engine;

/**
 * The running totals the engine adds to event by event (the feed-open figures are counted apart, see
 * {@link OpenTally}). Weighted figures are in real consumers: each simulated consumer adds its weight.
 */
final class Counters {
    long posts;
    /** (post, follower) pairs made so far: every post adds its audience. */
    long pairs;
    long cacheWrites;
    long pushDeliveries;
    /** Weighted. */
    long pullDeliveries;
    /** Weighted: checks that brought something new. */
    long usefulChecks;
    /** Weighted: timelines queried at a feed open beyond what the model queries anyway (stored posts fetched). */
    long extraReadQueries;
    /** Weighted. */
    long evictions;

    Counters copy() {
        Counters c = new Counters();
        c.posts = posts;
        c.pairs = pairs;
        c.cacheWrites = cacheWrites;
        c.pushDeliveries = pushDeliveries;
        c.pullDeliveries = pullDeliveries;
        c.usefulChecks = usefulChecks;
        c.extraReadQueries = extraReadQueries;
        c.evictions = evictions;
        return c;
    }

    long deliveries() {
        return pushDeliveries + pullDeliveries;
    }
}
