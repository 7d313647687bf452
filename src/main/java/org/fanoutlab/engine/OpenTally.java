package org.fanoutlab.engine;

/**
 * Counts feed opens and what they cost without visiting them (ADR 0002, "Feed opens and checks"): every
 * consumer opens its feed every poll interval in every model; in pull and hybrid an open is a check, in push and
 * hybrid it reads the consumer's feed cache, in pull it queries every followee and in hybrid every celebrity
 * followee. Given how many opens have passed ({@link CheckGrid} numbers them), each figure is a sum over ring
 * positions, so the counts cost O(1) however short the interval. A change of model or of who follows whom folds
 * the figures so far and goes on with the new rule.
 */
final class OpenTally {
    private final CheckGrid grid;
    /** Weight by ring position (null when every weight is 1). */
    private final long[] weightPrefix;
    private long[] pullQueryPrefix;
    private long[] hybridQueryPrefix;
    private Model model;
    private long foldedAt;
    private long opens;
    private long checks;
    private long cacheReads;
    private long readQueries;

    /** Read queries are counted once {@link #followeesChanged} has said who follows whom (push needs none). */
    OpenTally(CheckGrid grid, ConsumerSample sample, Model model) {
        this.grid = grid;
        this.weightPrefix = sample.isExact() ? null : grid.prefixOverRing(sample::weight);
        this.model = model;
    }

    private OpenTally(OpenTally o, CheckGrid grid) {
        this.grid = grid;
        weightPrefix = o.weightPrefix;
        pullQueryPrefix = o.pullQueryPrefix;
        hybridQueryPrefix = o.hybridQueryPrefix;
        model = o.model;
        foldedAt = o.foldedAt;
        opens = o.opens;
        checks = o.checks;
        cacheReads = o.cacheReads;
        readQueries = o.readQueries;
    }

    /** A copy reading times from {@code grid} (the copy's own); the prefix sums are shared, never written. */
    OpenTally copyWith(CheckGrid grid) {
        return new OpenTally(this, grid);
    }

    /** Followee counts changed at open number {@code passed}: the figures so far are folded first. */
    void followeesChanged(ConsumerSample sample, Followees followees, long passed) {
        fold(passed);
        pullQueryPrefix = grid.prefixOverRing(i -> (long) sample.weight(i) * followees.all(i));
        hybridQueryPrefix = grid.prefixOverRing(i -> (long) sample.weight(i) * followees.celebrities(i));
    }

    /** The model changed at open number {@code passed}. */
    void modelChanged(Model m, long passed) {
        fold(passed);
        model = m;
    }

    private void fold(long passed) {
        opens = opens(passed);
        checks = checks(passed);
        cacheReads = cacheReads(passed);
        readQueries = readQueries(passed);
        foldedAt = passed;
    }

    /** Weighted opens numbered in [foldedAt, passed). */
    private long openedSinceFold(long passed) {
        if (weightPrefix == null) {
            return passed - foldedAt;
        }
        return grid.sumBefore(weightPrefix, passed) - grid.sumBefore(weightPrefix, foldedAt);
    }

    long opens(long passed) {
        return opens + openedSinceFold(passed);
    }

    long checks(long passed) {
        return checks + (model == Model.PUSH ? 0 : openedSinceFold(passed));
    }

    long cacheReads(long passed) {
        return cacheReads + (model == Model.PULL ? 0 : openedSinceFold(passed));
    }

    long readQueries(long passed) {
        long[] prefix = switch (model) {
            case PUSH -> null;
            case PULL -> pullQueryPrefix;
            case HYBRID -> hybridQueryPrefix;
        };
        if (prefix == null) {
            return readQueries;
        }
        return readQueries + grid.sumBefore(prefix, passed) - grid.sumBefore(prefix, foldedAt);
    }
}
