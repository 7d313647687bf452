package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.RowTable;
import org.fanoutlab.engine.base.TimeOrderedSlots;

/**
 * Bounded buffer of lane events on primitive arrays. When full, the oldest event is overwritten and
 * counted as dropped. Draining hands events out in time order (stable), allocating nothing: a few events are
 * stamped slightly ahead (an answer arriving one round trip later), so they are sorted at drain time.
 */
final class LaneEventRing {
    private static final LaneEventKind[] KINDS = LaneEventKind.values();

    // An event's fields besides its time, one row of the slots per event.
    private enum Longs { POST, COUNT }
    private enum Ints { KIND, LANE }

    private static final RowTable.Shape EVENT = RowTable.Shape.of(Longs.class, null, Ints.class, null);

    private final TimeOrderedSlots slots;

    LaneEventRing(int capacity) {
        slots = new TimeOrderedSlots(capacity, EVENT);
    }

    private LaneEventRing(LaneEventRing o) {
        slots = o.slots.copy();
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
        slots.setInt(slot, Ints.KIND, k.ordinal());
        slots.setInt(slot, Ints.LANE, laneIndex);
        slots.setLong(slot, Longs.POST, postSeq);
        slots.setLong(slot, Longs.COUNT, n);
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
            sink.accept(KINDS[slots.getInt(s, Ints.KIND)], slots.time(s), slots.getInt(s, Ints.LANE),
                    slots.getLong(s, Longs.POST), slots.getLong(s, Longs.COUNT));
        }
        return n;
    }
}
