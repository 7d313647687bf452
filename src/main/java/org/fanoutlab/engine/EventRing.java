package org.fanoutlab.engine;

import org.fanoutlab.engine.base.TimeOrderedSlots;

/**
 * Bounded buffer of engine events on parallel primitive arrays. When full, the oldest event is overwritten
 * and counted as dropped. Draining hands events out in time order (stable), allocating nothing.
 */
final class EventRing {
    private static final EventKind[] KINDS = EventKind.values();

    private final TimeOrderedSlots slots;
    private final byte[] kind;
    private final int[] producer;
    private final long[] post;
    private final int[] watched;
    private final long[] count;

    EventRing(int capacity) {
        slots = new TimeOrderedSlots(capacity);
        int n = slots.capacity();
        kind = new byte[n];
        producer = new int[n];
        post = new long[n];
        watched = new int[n];
        count = new long[n];
    }

    private EventRing(EventRing o) {
        slots = o.slots.copy();
        kind = o.kind.clone();
        producer = o.producer.clone();
        post = o.post.clone();
        watched = o.watched.clone();
        count = o.count.clone();
    }

    /** An independent copy holding the same undrained events. */
    EventRing copy() {
        return new EventRing(this);
    }

    /**
     * A copy to keep: a drained ring's payload is never read again, so it keeps none (null), and {@link #restore}
     * gives an empty ring of the same capacity. Only the count of dropped events carries over.
     */
    EventRing keep() {
        return slots.size() == 0 ? null : copy();
    }

    /**
     * A running ring from a {@link #keep()} of one with this capacity and dropped count; {@code reuse}, a ring of
     * a dropped run (or null), serves again when it has the capacity.
     */
    static EventRing restore(EventRing kept, int capacity, long dropped, EventRing reuse) {
        if (kept != null) {
            return kept.copy();
        }
        EventRing r = reuse != null && reuse.capacity() == capacity ? reuse : new EventRing(capacity);
        r.slots.restart(dropped);
        return r;
    }

    int capacity() {
        return slots.capacity();
    }

    boolean enabled() {
        return slots.capacity() > 0;
    }

    void add(EventKind k, double t, int prod, long postSeq, int watchedIndex, long n) {
        int slot = slots.claim(t);
        if (slot < 0) {
            return;
        }
        kind[slot] = (byte) k.ordinal();
        producer[slot] = prod;
        post[slot] = postSeq;
        watched[slot] = watchedIndex;
        count[slot] = n;
    }

    /** Bytes a copy allocates. */
    long bytes() {
        return 40L * kind.length;
    }

    long dropped() {
        return slots.dropped();
    }

    int drain(EventSink sink) {
        // A sink must not advance the simulation while draining: new events would reuse these slots.
        int n = slots.takeInTimeOrder();
        for (int i = 0; i < n; i++) {
            int s = slots.slotInOrder(i);
            sink.accept(KINDS[kind[s]], slots.time(s), producer[s], post[s], watched[s], count[s]);
        }
        return n;
    }
}
