package org.fanoutlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fanoutlab.engine.base.SeededRandom;

/**
 * Which consumers the engine simulates, and how many real consumers each one stands for (ADR 0002, "Scale").
 *
 * <p>Up to {@link Limits#EXACT_CONSUMER_LIMIT} consumers every consumer is simulated, with weight 1. Above it the
 * population splits in two strata. The <b>exact</b> stratum is every member of every small audience (producers
 * with at most {@link Limits#MIN_SAMPLE} followers, smallest first, up to {@link Limits#EXACT_CONSUMER_LIMIT} ids
 * in all): they are simulated one for one, so a 1,500-follower account among 100,000,000 consumers gets exactly
 * 1,500 deliveries. The <b>rest</b> is sampled systematically (every {@code w}-th id from a seeded start,
 * skipping exact ids); the sampled ids share the rest's size as whole weights that add up to it exactly.
 *
 * <p>Immutable once built: copies of a simulation share it.
 */
final class ConsumerSample {
    private final long consumers;
    private final int size;
    /** Simulated ids in increasing order; null when every consumer is simulated (id = index). */
    private final long[] ids;
    /** Consumers each simulated one stands for; null when all are 1. */
    private final int[] weight;
    /** How many exact-stratum consumers have an index below i (length size + 1); null when all are exact. */
    private final int[] exactBefore;

    private ConsumerSample(long consumers, long[] ids, int[] weight, int[] exactBefore) {
        this.consumers = consumers;
        this.size = ids == null ? (int) consumers : ids.length;
        this.ids = ids;
        this.weight = weight;
        this.exactBefore = exactBefore;
    }

    /** @param followOffset where each producer's follower range starts (ADR 0002, "Who follows whom") */
    static ConsumerSample of(Scenario s, long[] followOffset, SeededRandom sampleStart) {
        long c = s.consumers();
        if (c <= Limits.EXACT_CONSUMER_LIMIT) {
            return new ConsumerSample(c, null, null, null);
        }
        long[][] exact = exactRanges(s, followOffset);
        long exactCount = 0;
        for (long[] r : exact) {
            exactCount += r[1] - r[0];
        }
        long w = Math.max(1, c / Limits.MIN_SAMPLE);
        long start = sampleStart.nextLong(w);
        long[] rest = sampleOutside(exact, c, w, start, exactCount);
        int n = (int) (exactCount + rest.length);
        long[] ids = new long[n];
        int[] weight = new int[n];
        int[] exactBefore = new int[n + 1];
        long restPopulation = c - exactCount;
        int e = 0;
        int k = 0;
        int i = 0;
        int range = 0;
        long inRange = exact.length == 0 ? Long.MAX_VALUE : exact[0][0];
        while (i < n) {
            boolean takeExact = range < exact.length && (k >= rest.length || inRange < rest[k]);
            exactBefore[i] = e;
            if (takeExact) {
                ids[i] = inRange;
                weight[i] = 1;
                e++;
                inRange++;
                if (inRange == exact[range][1]) {
                    range++;
                    inRange = range < exact.length ? exact[range][0] : Long.MAX_VALUE;
                }
            } else {
                ids[i] = rest[k];
                // whole weights that add up to the rest's population exactly
                weight[i] = (int) (share(k + 1, restPopulation, rest.length) - share(k, restPopulation, rest.length));
                k++;
            }
            i++;
        }
        exactBefore[n] = e;
        return new ConsumerSample(c, ids, weight, exactBefore);
    }

    /** {@code floor(k × total / parts)}; k ≤ 2^21 and total ≤ 10^8, so the product fits a long. */
    static long share(long k, long total, long parts) {
        return k * total / parts;
    }

    /** The union of the small audiences' id ranges, smallest audiences first, as sorted disjoint [from, to). */
    private static long[][] exactRanges(Scenario s, long[] followOffset) {
        long c = s.consumers();
        List<Producer> producers = s.producers();
        Integer[] bySize = new Integer[producers.size()];
        for (int p = 0; p < bySize.length; p++) {
            bySize[p] = p;
        }
        Arrays.sort(bySize, (a, b) -> Long.compare(producers.get(a).followers(), producers.get(b).followers()));
        List<long[]> ranges = new ArrayList<>();
        long budget = Limits.EXACT_CONSUMER_LIMIT;
        for (int p : bySize) {
            long f = producers.get(p).followers();
            if (f > Limits.MIN_SAMPLE || f > budget) {
                break;
            }
            budget -= f; // the union is at most the sum, so the budget holds
            long a = followOffset[p];
            long end = a + f;
            ranges.add(new long[] {a, Math.min(end, c)});
            if (end > c) {
                ranges.add(new long[] {0, end - c});
            }
        }
        ranges.sort((x, y) -> Long.compare(x[0], y[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] r : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new long[] {r[0], r[1]});
            }
        }
        return merged.toArray(new long[0][]);
    }

    /** Every {@code w}-th id from {@code start} that is not exact; at least one when any id is not exact. */
    private static long[] sampleOutside(long[][] exact, long c, long w, long start, long exactCount) {
        long[] out = new long[(int) ((c - 1 - start) / w + 1)];
        int n = 0;
        int r = 0;
        for (long id = start; id < c; id += w) {
            while (r < exact.length && exact[r][1] <= id) {
                r++;
            }
            if (r < exact.length && exact[r][0] <= id) {
                continue;
            }
            out[n++] = id;
        }
        if (n == 0 && exactCount < c) {
            // the rest is smaller than the sampling step and no sample point fell in it: take its first id
            long id = 0;
            for (long[] range : exact) {
                if (range[0] > id) {
                    break;
                }
                id = Math.max(id, range[1]);
            }
            out[n++] = id;
        }
        return Arrays.copyOf(out, n);
    }

    long consumers() {
        return consumers;
    }

    /** Simulated consumers. */
    int size() {
        return size;
    }

    boolean isExact() {
        return ids == null;
    }

    long id(int i) {
        return ids == null ? i : ids[i];
    }

    int weight(int i) {
        return weight == null ? 1 : weight[i];
    }

    /** Whether consumer {@code i} is simulated one for one (it stands for itself only). */
    boolean inExactStratum(int i) {
        return exactBefore == null || exactBefore[i + 1] > exactBefore[i];
    }

    /** Exact-stratum consumers with an index below {@code i}. */
    int exactBefore(int i) {
        return exactBefore == null ? i : exactBefore[i];
    }

    /** Index of the first simulated consumer with id at or after {@code id}, clamped to [0, size]. */
    int indexAtOrAfter(long id) {
        if (ids == null) {
            return (int) Math.max(0, Math.min(id, size));
        }
        int k = Arrays.binarySearch(ids, id);
        return k >= 0 ? k : -k - 1;
    }

    /** Whether the consumer with this id is in the range of {@code followers} ids starting at {@code offset}. */
    boolean follows(long id, long offset, long followers) {
        long d = id - offset;
        if (d < 0) {
            d += consumers;
        }
        return d < followers;
    }

    /**
     * The simulated members of an audience (ids {@code [offset, offset + followers)} mod consumers), as index ranges
     * {@code [from, to)} then {@code [0, wrapTo)}, in fan-out order.
     */
    Audience audience(long offset, long followers) {
        long end = offset + followers;
        int from = indexAtOrAfter(offset);
        int to = indexAtOrAfter(Math.min(end, consumers));
        int wrapTo = end > consumers ? indexAtOrAfter(end - consumers) : 0;
        int members = (to - from) + wrapTo;
        int exact = exactBefore(to) - exactBefore(from) + exactBefore(wrapTo);
        return new Audience(from, to, wrapTo, followers, exact, members - exact);
    }

    /**
     * The simulated members of one post's audience and the whole weights they carry for it: exact-stratum
     * members 1 each, sampled members an equal share of the audience's sampled part, so that the weights add up to
     * the audience exactly (a sampled figure can never exceed the pairs the post made). When no sampled member
     * fell into the audience, its exact members carry the rest.
     */
    record Audience(int from, int to, int wrapTo, long followers, int exact, int sampled) {
        int members() {
            return exact + sampled;
        }

        /** Position of member {@code i} in fan-out order. */
        int position(int i) {
            return i >= from ? i - from : (to - from) + i;
        }

        /** The weight of simulated member {@code i} (index) for this post; {@code s} is the sample it came from. */
        long weight(ConsumerSample s, int i) {
            if (s.exactBefore == null) {
                return 1;
            }
            int exactRank = i >= from ? s.exactBefore[i] - s.exactBefore[from]
                    : s.exactBefore[to] - s.exactBefore[from] + s.exactBefore[i];
            long rest = followers - exact;
            if (s.inExactStratum(i)) {
                return sampled > 0 || rest <= 0 ? 1
                        : 1 + share(exactRank + 1, rest, exact) - share(exactRank, rest, exact);
            }
            long k = position(i) - exactRank;
            return share(k + 1, rest, sampled) - share(k, rest, sampled);
        }
    }
}
