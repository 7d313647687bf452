package org.fanoutlab.analysis;

/**
 * One hybrid run of the threshold sweep.
 *
 * @param scale the {@link ScaleModel} factor of the run (1 = full size; totals are scaled back already)
 */
public record ThresholdPoint(long threshold, long cacheWrites, long readQueries, double scale) {
    public double cost(CostWeights w) {
        return w.cost(cacheWrites, readQueries);
    }
}
