package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.TimeOrderedSlots;

/**
 * Bounded buffer of lane events on parallel primitive arrays. When full, the oldest event is overwritten and
 * counted as dropped. Draining hands events out in time order (stable), allocating nothing: a few events are
 * stamped slightly ahead (an answer arriving one round trip later), so they are sorted at drain time.
 */
final class LaneEventRing {
    private static final LaneEventKind[] KINDS = LaneEventKind.values();

    private final TimeOrderedSlots slots;
    private final byte[] kind;
    private final int[] lane;
    private final long[] post;
    private final long[] count;

    LaneEventRing(int capacity) {
        slots = new TimeOrderedSlots(capacity);
        int n = slots.capacity();
        kind = new byte[n];
        lane = new int[n];
        post = new long[n];
        count = new long[n];
    }

    private LaneEventRing(LaneEventRing o) {
        slots = o.slots.copy();
        kind = o.kind.clone();
        lane = o.lane.clone();
        post = o.post.clone();
        count = o.count.clone();
    }

    /** An independent copy holding the same undrained events. */
    LaneEventRing copy() {
        return new LaneEventRing(this);
    }

    void add(LaneEventKind k, double t, int laneIndex, long postSeq, long n) {
        int slot = slots.claim(t);
        if (slot < 0) {
            return;
        }
        kind[slot] = (byte) k.ordinal();
        lane[slot] = laneIndex;
        post[slot] = postSeq;
        count[slot] = n;
    }

    long dropped() {
        return slots.dropped();
    }

    void clear() {
        slots.clear();
    }

    int drain(LaneEventSink sink) {
        int n = slots.takeInTimeOrder();
        for (int i = 0; i < n; i++) {
            int s = slots.slotInOrder(i);
            sink.accept(KINDS[kind[s]], slots.time(s), lane[s], post[s], count[s]);
        }
        return n;
    }
}
