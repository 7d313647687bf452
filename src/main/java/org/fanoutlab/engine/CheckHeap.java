package org.fanoutlab.engine;

/**
 * Min-heap of consumers keyed by their next check time, on two primitive arrays (no object per check).
 * Ties break on the consumer index so that the processing order never depends on how the run is stepped.
 */
final class CheckHeap {
    private final double[] time;
    private final int[] consumer;
    private final int size;

    /** Builds a heap holding every consumer {@code 0..times.length-1} with its first check time. */
    CheckHeap(double[] firstCheck) {
        size = firstCheck.length;
        time = firstCheck.clone();
        consumer = new int[size];
        for (int i = 0; i < size; i++) {
            consumer[i] = i;
        }
        heapify();
    }

    boolean isEmpty() {
        return size == 0;
    }

    double topTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : time[0];
    }

    int topConsumer() {
        return consumer[0];
    }

    /** Gives the top consumer its next check time and restores heap order. */
    void rescheduleTop(double next) {
        time[0] = next;
        siftDown(0);
    }

    /**
     * Moves every check that lies before {@code now} onto the first slot of its own grid at or after
     * {@code now} (used when checks resume after a stretch of push, where consumers send none).
     */
    void fastForward(double now, double interval) {
        for (int i = 0; i < size; i++) {
            if (time[i] < now) {
                double k = Math.ceil((now - time[i]) / interval);
                double t = time[i] + k * interval;
                time[i] = t < now ? t + interval : t;
            }
        }
        heapify();
    }

    private void heapify() {
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    private boolean less(int a, int b) {
        return time[a] < time[b] || (time[a] == time[b] && consumer[a] < consumer[b]);
    }

    private void siftDown(int i) {
        double t = time[i];
        int c = consumer[i];
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                break;
            }
            int r = l + 1;
            int m = (r < size && less(r, l)) ? r : l;
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
