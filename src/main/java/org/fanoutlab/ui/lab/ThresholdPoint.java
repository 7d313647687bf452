package org.fanoutlab.ui.lab;

/** One hybrid run of the threshold sweep. */
record ThresholdPoint(long threshold, long cacheWrites, long readQueries) {
    double cost(CostWeights w) {
        return w.cost(cacheWrites, readQueries);
    }
}
