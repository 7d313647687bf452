package org.fanoutlab.analysis;

/**
 * What one cache write and one read query cost, relative to each other. A read query touches a producer's
 * timeline and merges it at read time, usually dearer than one cache write, so learners can weigh them.
 */
public record CostWeights(double perCacheWrite, double perReadQuery) {
    public static final CostWeights EQUAL = new CostWeights(1, 1);

    public CostWeights {
        if (!(perCacheWrite >= 0) || !(perReadQuery >= 0) || Double.isInfinite(perCacheWrite)
                || Double.isInfinite(perReadQuery)) {
            throw new IllegalArgumentException("weights must be 0 or more");
        }
    }

    double cost(long cacheWrites, long readQueries) {
        return perCacheWrite * cacheWrites + perReadQuery * readQueries;
    }
}
