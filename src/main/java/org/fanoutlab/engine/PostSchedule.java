package org.fanoutlab.engine;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * When each producer posts next, with the earliest on top of an indexed binary heap: a post costs O(log producers)
 * however many producers there are (a scan of all of them per post made time grow with their square).
 *
 * <p>{@code uniform} producers post at {@code (k + 0.5) × 3600 / postsPerHour}; {@code poisson} ones draw
 * exponential gaps from a stream of their own, derived from the scenario's seed and the producer's index, so
 * nothing else the engine draws (follower offsets, sampling, check phases) can change what is posted.
 */
final class PostSchedule {
    static final long PURPOSE = 0x706f737473L; // "posts"

    private final double[] next;
    private final long[] uniformK;
    private final SeededRandom[] random;
    private final int[] heap;
    private final int[] heapPos;
    private final int size;

    PostSchedule(Scenario s) {
        size = s.producers().size();
        next = new double[size];
        uniformK = new long[size];
        random = new SeededRandom[size];
        heap = new int[size];
        heapPos = new int[size];
        for (int p = 0; p < size; p++) {
            if (s.producers().get(p).schedule() == Schedule.POISSON) {
                random[p] = SeededRandom.forPurpose(s.seed(), PURPOSE, p);
            }
            next[p] = firstAtOrAfter(s.producers().get(p), p, 0.0);
            heap[p] = p;
            heapPos[p] = p;
        }
        for (int k = size / 2 - 1; k >= 0; k--) {
            siftDown(k);
        }
    }

    private PostSchedule(PostSchedule o) {
        size = o.size;
        next = o.next.clone();
        uniformK = o.uniformK.clone();
        random = new SeededRandom[size];
        for (int p = 0; p < size; p++) {
            random[p] = o.random[p] == null ? null : o.random[p].copy();
        }
        heap = o.heap.clone();
        heapPos = o.heapPos.clone();
    }

    /** Bytes a copy allocates. */
    long bytes() {
        long randoms = 0;
        for (SeededRandom r : random) {
            randoms += r == null ? 0 : 32;
        }
        return 32L * size + randoms;
    }

    PostSchedule copy() {
        return new PostSchedule(this);
    }

    /** The earliest next post (+∞ when nobody will post again). */
    double nextTime() {
        return next[heap[0]];
    }

    /** Who makes it (the lowest index among producers posting at the same instant). */
    int nextProducer() {
        return heap[0];
    }

    /** Producer {@code p} just posted at {@code t}: its next post. */
    void posted(Producer pr, int p, double t) {
        double gap = 3600.0 / pr.postsPerHour();
        if (pr.schedule() == Schedule.UNIFORM) {
            uniformK[p]++;
            next[p] = PostTimes.uniform(uniformK[p], gap);
        } else {
            next[p] = t + random[p].exponential(gap);
        }
        update(p);
    }

    /** Producer {@code p}'s pace changed at {@code now}: its next post is rescheduled from now. */
    void rescheduled(Producer pr, int p, double now) {
        next[p] = firstAtOrAfter(pr, p, now);
        update(p);
    }

    private double firstAtOrAfter(Producer pr, int p, double t) {
        double pph = pr.postsPerHour();
        if (pph <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double gap = 3600.0 / pph;
        if (pr.schedule() == Schedule.UNIFORM) {
            uniformK[p] = PostTimes.firstUniformIndexAtOrAfter(t, gap);
            return PostTimes.uniform(uniformK[p], gap);
        }
        return t + random[p].exponential(gap);
    }

    private void update(int p) {
        int k = heapPos[p];
        siftUp(k);
        siftDown(heapPos[p]);
    }

    private boolean less(int a, int b) {
        return next[a] < next[b] || (next[a] == next[b] && a < b);
    }

    private void siftUp(int k) {
        int p = heap[k];
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            int q = heap[parent];
            if (!less(p, q)) {
                break;
            }
            heap[k] = q;
            heapPos[q] = k;
            k = parent;
        }
        heap[k] = p;
        heapPos[p] = k;
    }

    private void siftDown(int k) {
        int p = heap[k];
        while (true) {
            int l = 2 * k + 1;
            if (l >= size) {
                break;
            }
            int r = l + 1;
            int m = r < size && less(heap[r], heap[l]) ? r : l;
            if (!less(heap[m], p)) {
                break;
            }
            heap[k] = heap[m];
            heapPos[heap[k]] = k;
            k = m;
        }
        heap[k] = p;
        heapPos[p] = k;
    }
}
