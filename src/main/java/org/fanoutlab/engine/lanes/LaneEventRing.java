package org.fanoutlab.engine.lanes;

/**
 * Bounded buffer of lane events on parallel primitive arrays. When full, the oldest event is overwritten and
 * counted as dropped. Draining hands events out in time order (stable), allocating nothing: a few events are
 * stamped slightly ahead (an answer arriving one round trip later), so they are sorted at drain time.
 */
final class LaneEventRing {
    private static final LaneEventKind[] KINDS = LaneEventKind.values();

    private final int capacity;
    private final byte[] kind;
    private final double[] time;
    private final int[] lane;
    private final long[] post;
    private final long[] count;
    private final int[] order;
    private int head;
    private int size;
    private long dropped;

    LaneEventRing(int capacity) {
        this.capacity = Math.max(0, capacity);
        kind = new byte[this.capacity];
        time = new double[this.capacity];
        lane = new int[this.capacity];
        post = new long[this.capacity];
        count = new long[this.capacity];
        order = new int[this.capacity];
    }

    void add(LaneEventKind k, double t, int laneIndex, long postSeq, long n) {
        if (capacity == 0) {
            return;
        }
        int slot;
        if (size == capacity) {
            slot = head;
            head = (head + 1) % capacity;
            dropped++;
        } else {
            slot = (head + size) % capacity;
            size++;
        }
        kind[slot] = (byte) k.ordinal();
        time[slot] = t;
        lane[slot] = laneIndex;
        post[slot] = postSeq;
        count[slot] = n;
    }

    long dropped() {
        return dropped;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    int drain(LaneEventSink sink) {
        int n = size;
        for (int i = 0; i < n; i++) {
            order[i] = (head + i) % capacity;
        }
        // Nearly sorted already, so a stable insertion sort is close to linear.
        for (int i = 1; i < n; i++) {
            int cur = order[i];
            double t = time[cur];
            int j = i - 1;
            while (j >= 0 && time[order[j]] > t) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = cur;
        }
        head = 0;
        size = 0;
        for (int i = 0; i < n; i++) {
            int s = order[i];
            sink.accept(KINDS[kind[s]], time[s], lane[s], post[s], count[s]);
        }
        return n;
    }
}
