package org.fanoutlab.ui.lab;

/**
 * What one cache write and one read query cost, relative to each other. A read query touches a producer's
 * timeline and merges it at read time, usually dearer than one cache write, so learners can weigh them.
 */
record CostWeights(double perCacheWrite, double perReadQuery) {
    static final CostWeights EQUAL = new CostWeights(1, 1);

    CostWeights {
        if (!(perCacheWrite >= 0) || !(perReadQuery >= 0) || Double.isInfinite(perCacheWrite)
                || Double.isInfinite(perReadQuery)) {
            throw new IllegalArgumentException("weights must be 0 or more");
        }
    }

    double cost(long cacheWrites, long readQueries) {
        return perCacheWrite * cacheWrites + perReadQuery * readQueries;
    }
}
