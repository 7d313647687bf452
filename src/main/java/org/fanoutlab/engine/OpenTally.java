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
    /** The figures of the opens numbered below {@code at}, counted when the rule last changed. */
    private record Folded(long at, long opens, long checks, long cacheReads, long readQueries) {
        static final Folded NONE = new Folded(0, 0, 0, 0, 0);
    }

    /** Read queries by ring position, weighted: every followee's timeline in pull, every celebrity's in hybrid. */
    private record QueryPrefixes(long[] pull, long[] hybrid) {
        long[] of(Model m) {
            return switch (m) {
                case PUSH -> null;
                case PULL -> pull;
                case HYBRID -> hybrid;
            };
        }
    }

    private final CheckGrid grid;
    /** Weight by ring position (null when every weight is 1). */
    private final long[] weightPrefix;
    private QueryPrefixes queries;
    private Model model;
    private Folded folded = Folded.NONE;

    /** Read queries are counted once {@link #followeesChanged} has said who follows whom (push needs none). */
    OpenTally(CheckGrid grid, ConsumerSample sample, Model model) {
        this.grid = grid;
        this.weightPrefix = sample.isExact() ? null : grid.prefixOverRing(sample::weight);
        this.model = model;
    }

    private OpenTally(OpenTally o, CheckGrid grid) {
        this.grid = grid;
        weightPrefix = o.weightPrefix;
        queries = o.queries;
        model = o.model;
        folded = o.folded;
    }

    /** A copy reading times from {@code grid} (the copy's own); the prefix sums are shared, never written. */
    OpenTally copyWith(CheckGrid grid) {
        return new OpenTally(this, grid);
    }

    /** Followee counts changed at open number {@code passed}: the figures so far are folded first. */
    void followeesChanged(ConsumerSample sample, Followees followees, long passed) {
        fold(passed);
        queries = new QueryPrefixes(grid.prefixOverRing(i -> (long) sample.weight(i) * followees.all(i)),
                grid.prefixOverRing(i -> (long) sample.weight(i) * followees.celebrities(i)));
    }

    /** The model changed at open number {@code passed}. */
    void modelChanged(Model m, long passed) {
        fold(passed);
        model = m;
    }

    private void fold(long passed) {
        folded = new Folded(passed, opens(passed), checks(passed), cacheReads(passed), readQueries(passed));
    }

    /** Weighted opens numbered in [folded.at, passed). */
    private long openedSinceFold(long passed) {
        if (weightPrefix == null) {
            return passed - folded.at();
        }
        return grid.sumBefore(weightPrefix, passed) - grid.sumBefore(weightPrefix, folded.at());
    }

    long opens(long passed) {
        return folded.opens() + openedSinceFold(passed);
    }

    long checks(long passed) {
        return folded.checks() + (model == Model.PUSH ? 0 : openedSinceFold(passed));
    }

    long cacheReads(long passed) {
        return folded.cacheReads() + (model == Model.PULL ? 0 : openedSinceFold(passed));
    }

    long readQueries(long passed) {
        long[] prefix = queries == null ? null : queries.of(model);
        if (prefix == null) {
            return folded.readQueries();
        }
        return folded.readQueries() + grid.sumBefore(prefix, passed) - grid.sumBefore(prefix, folded.at());
    }
}
