package org.fanoutlab.analysis;

import org.fanoutlab.engine.CostModel;

/**
 * One hybrid run of the threshold sweep: what it cost in cache writes (pushes), read queries (celebrities pulled
 * at read time) and cache reads (every feed open reads the consumer's cached feed).
 *
 * @param scale the {@link ScaleModel} factor of the run (1 = full size; totals are scaled back already)
 */
public record ThresholdPoint(long threshold, long cacheWrites, long readQueries, long cacheReads, double scale) {
    public double cost(CostModel w) {
        return w.cost(cacheWrites, readQueries, cacheReads);
    }
}
