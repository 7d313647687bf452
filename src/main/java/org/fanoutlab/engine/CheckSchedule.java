package org.fanoutlab.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * When each simulated consumer checks next, on two primitive arrays (no object per check).
 *
 * <p>All consumers share one poll interval, so in steady state the checks come round in a fixed cyclic order:
 * the consumer checking now gets {@code now + interval}, which is later than every other pending check. The
 * schedule therefore keeps the consumers sorted by next check time and walks a pointer round the ring — O(1)
 * per check with sequential memory access. That order stays valid while every pending check was scheduled
 * with an interval no longer than the current one. Shortening the interval (or resuming checks after push)
 * breaks it for one round, so the schedule falls back to a binary min-heap until every consumer has checked
 * once more, then sorts back into a ring.
 */
final class CheckSchedule {
    private final int size;
    private double[] time;
    private int[] consumer;
    private double[] spareTime;
    private int[] spareConsumer;
    private boolean heapMode;
    private int pos;
    /** In heap mode: the latest check pending when the order broke; once the top is past it, order is back. */
    private double brokenUntil;

    /** Every consumer's first check at a uniformly random phase in [0, interval), assigned by {@code random}. */
    CheckSchedule(int size, double interval, SplittableRandom random) {
        this.size = size;
        time = new double[size];
        consumer = new int[size];
        for (int i = 0; i < size; i++) {
            time[i] = random.nextDouble() * interval;
        }
        // Phases are independent and identically distributed, so sorting them and handing them out by a seeded
        // random permutation gives the same distribution as drawing one per consumer — and the ring for free.
        Arrays.sort(time);
        for (int i = 0; i < size; i++) {
            consumer[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = consumer[i];
            consumer[i] = consumer[j];
            consumer[j] = t;
        }
    }

    double topTime() {
        if (size == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return heapMode ? time[0] : time[pos];
    }

    int topConsumer() {
        return heapMode ? consumer[0] : consumer[pos];
    }

    /** Gives the consumer at the top its next check time. */
    void rescheduleTop(double next) {
        if (!heapMode) {
            time[pos] = next;
            pos = pos + 1 == size ? 0 : pos + 1;
            return;
        }
        time[0] = next;
        siftDown(0);
        if (time[0] > brokenUntil) {
            toRing();
        }
    }

    /** The interval got shorter: a consumer's next check may now come before others already pending. */
    void intervalShortened() {
        toHeap();
    }

    /**
     * Moves every check that lies before {@code now} onto the first slot of its own grid at or after
     * {@code now} (checks resume after a stretch of push, where consumers send none).
     */
    void fastForward(double now, double interval) {
        for (int i = 0; i < size; i++) {
            if (time[i] < now) {
                double k = Math.ceil((now - time[i]) / interval);
                double t = time[i] + k * interval;
                time[i] = t < now ? t + interval : t;
            }
        }
        heapMode = false; // toHeap re-heapifies from scratch whatever the current layout
        toHeap();
    }

    private void toHeap() {
        if (size == 0) {
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, time[i]);
        }
        brokenUntil = max;
        heapMode = true;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    /** Pops the heap empty into the ring, in (time, consumer) order. */
    private void toRing() {
        if (spareTime == null) {
            spareTime = new double[size];
            spareConsumer = new int[size];
        }
        int n = size;
        int live = size;
        for (int k = 0; k < n; k++) {
            spareTime[k] = time[0];
            spareConsumer[k] = consumer[0];
            live--;
            time[0] = time[live];
            consumer[0] = consumer[live];
            siftDown(0, live);
        }
        double[] t = time;
        int[] c = consumer;
        time = spareTime;
        consumer = spareConsumer;
        spareTime = t;
        spareConsumer = c;
        pos = 0;
        heapMode = false;
    }

    private void siftDown(int i) {
        siftDown(i, size);
    }

    private void siftDown(int i, int n) {
        double t = time[i];
        int c = consumer[i];
        while (true) {
            int l = 2 * i + 1;
            if (l >= n) {
                break;
            }
            int r = l + 1;
            int m = l;
            if (r < n && (time[r] < time[l] || (time[r] == time[l] && consumer[r] < consumer[l]))) {
                m = r;
            }
            if (time[m] < t || (time[m] == t && consumer[m] < c)) {
                time[i] = time[m];
                consumer[i] = consumer[m];
                i = m;
            } else {
                break;
            }
        }
        time[i] = t;
        consumer[i] = c;
    }
}
