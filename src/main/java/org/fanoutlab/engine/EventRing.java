package org.fanoutlab.engine;

/**
 * Bounded buffer of engine events on parallel primitive arrays. When full, the oldest event is overwritten
 * and counted as dropped. Draining hands events out in time order (stable), allocating nothing.
 */
final class EventRing {
    private static final EventKind[] KINDS = EventKind.values();

    private final int capacity;
    private final byte[] kind;
    private final double[] time;
    private final int[] producer;
    private final long[] post;
    private final int[] watched;
    private final long[] count;
    private final int[] order;
    private int head;
    private int size;
    private long dropped;

    EventRing(int capacity) {
        this.capacity = Math.max(0, capacity);
        kind = new byte[this.capacity];
        time = new double[this.capacity];
        producer = new int[this.capacity];
        post = new long[this.capacity];
        watched = new int[this.capacity];
        count = new long[this.capacity];
        order = new int[this.capacity];
    }

    boolean enabled() {
        return capacity > 0;
    }

    void add(EventKind k, double t, int prod, long postSeq, int watchedIndex, long n) {
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
        producer[slot] = prod;
        post[slot] = postSeq;
        watched[slot] = watchedIndex;
        count[slot] = n;
    }

    long dropped() {
        return dropped;
    }

    int drain(EventSink sink) {
        int n = size;
        for (int i = 0; i < n; i++) {
            order[i] = (head + i) % capacity;
        }
        // Events are produced almost in time order, so a stable insertion sort is close to linear.
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
        // A sink must not advance the simulation while draining: new events would reuse these slots.
        head = 0;
        size = 0;
        for (int i = 0; i < n; i++) {
            int s = order[i];
            sink.accept(KINDS[kind[s]], time[s], producer[s], post[s], watched[s], count[s]);
        }
        return n;
    }
}
