package org.fanoutlab.engine;

/**
 * How many producers each simulated consumer follows, and how many of them are celebrities (hybrid read
 * queries), from the wrapping follower ranges with difference arrays: O(producers + consumers). Rebuilt when
 * a follower count or the threshold changes; never written after, so copies share it.
 */
final class Followees {
    private final int[] all;
    private final int[] celebrities;

    private Followees(int[] all, int[] celebrities) {
        this.all = all;
        this.celebrities = celebrities;
    }

    static Followees count(Scenario s, ConsumerSample sample, long[] followOffset) {
        int n = sample.size();
        long c = s.consumers();
        int[] all = new int[n + 1];
        int[] celeb = new int[n + 1];
        for (int p = 0; p < followOffset.length; p++) {
            long f = s.producers().get(p).followers();
            boolean isCeleb = f >= s.celebrityThreshold();
            long a = followOffset[p];
            long end = a + f;
            add(all, celeb, isCeleb, sample.indexAtOrAfter(a), sample.indexAtOrAfter(Math.min(end, c)));
            if (end > c) {
                add(all, celeb, isCeleb, 0, sample.indexAtOrAfter(end - c));
            }
        }
        int runAll = 0;
        int runCeleb = 0;
        for (int i = 0; i < n; i++) {
            runAll += all[i];
            runCeleb += celeb[i];
            all[i] = runAll;
            celeb[i] = runCeleb;
        }
        return new Followees(all, celeb);
    }

    private static void add(int[] all, int[] celeb, boolean isCeleb, int from, int to) {
        if (from >= to) {
            return;
        }
        all[from]++;
        all[to]--;
        if (isCeleb) {
            celeb[from]++;
            celeb[to]--;
        }
    }

    int all(int i) {
        return all[i];
    }

    int celebrities(int i) {
        return celebrities[i];
    }
}
