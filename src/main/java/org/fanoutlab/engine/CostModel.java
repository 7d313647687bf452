package org.fanoutlab.engine;

/**
 * What the servers' work costs, in one unit, so that push, pull and hybrid can be compared on every figure they
 * pay for (ADR 0002, "Costs"): each feed-cache write, each read query on a producer's timeline, and each
 * feed-cache read. Push pays writes and cache reads, pull pays read queries, hybrid pays some of each. The compare
 * view and the threshold sweep weigh runs with it; the learner may set the weights.
 *
 * @param perCacheWrite cost of one cache write (an append to one follower's feed list)
 * @param perReadQuery  cost of one read query (a range read of one producer's timeline, merged into the feed)
 * @param perCacheRead  cost of one cache read (reading one consumer's precomputed feed)
 */
public record CostModel(double perCacheWrite, double perReadQuery, double perCacheRead) {
    /**
     * The defaults: a cache write and a cache read are one key-value operation each on the feed store; a read
     * query costs two — a range read on the posts' index plus merging its result into the feed at read time
     * (ADR 0002 gives the reasoning; lesson 6 uses the same 2 : 1).
     */
    public static final CostModel DEFAULT = new CostModel(1, 2, 1);

    public CostModel {
        check("perCacheWrite", perCacheWrite);
        check("perReadQuery", perReadQuery);
        check("perCacheRead", perCacheRead);
    }

    private static void check(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be 0 or more, was " + v);
        }
    }

    /** The cost of these counts. */
    public double cost(long cacheWrites, long readQueries, long cacheReads) {
        return perCacheWrite * cacheWrites + perReadQuery * readQueries + perCacheRead * cacheReads;
    }

    /** The cost of a run's figures. */
    public double cost(Metrics m) {
        return cost(m.cacheWrites(), m.readQueries(), m.cacheReads());
    }

    public CostModel withPerCacheWrite(double v) {
        return new CostModel(v, perReadQuery, perCacheRead);
    }

    public CostModel withPerReadQuery(double v) {
        return new CostModel(perCacheWrite, v, perCacheRead);
    }

    public CostModel withPerCacheRead(double v) {
        return new CostModel(perCacheWrite, perReadQuery, v);
    }
}
