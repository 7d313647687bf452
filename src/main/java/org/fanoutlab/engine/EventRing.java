package org.fanoutlab.engine;

import org.fanoutlab.engine.base.RowTable;
import org.fanoutlab.engine.base.TimeOrderedSlots;

/**
 * Bounded buffer of engine events on primitive arrays. When full, the oldest event is overwritten
 * and counted as dropped. Draining hands events out in time order (stable), allocating nothing.
 */
final class EventRing {
    private static final EventKind[] KINDS = EventKind.values();

    // An event's fields besides its time, one row of the slots per event.
    private enum Longs { POST, COUNT }
    private enum Ints { KIND, PRODUCER, WATCHED }

    private static final RowTable.Shape EVENT = RowTable.Shape.of(Longs.class, null, Ints.class, null);

    private final TimeOrderedSlots slots;

    EventRing(int capacity) {
        slots = new TimeOrderedSlots(capacity, EVENT);
    }

    private EventRing(EventRing o) {
        slots = o.slots.copy();
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
        slots.setInt(slot, Ints.KIND, k.ordinal());
        slots.setInt(slot, Ints.PRODUCER, prod);
        slots.setLong(slot, Longs.POST, postSeq);
        slots.setInt(slot, Ints.WATCHED, watchedIndex);
        slots.setLong(slot, Longs.COUNT, n);
    }

    /** Bytes a copy allocates. */
    long bytes() {
        return 40L * slots.capacity();
    }

    long dropped() {
        return slots.dropped();
    }

    int drain(EventSink sink) {
        // A sink must not advance the simulation while draining: new events would reuse these slots.
        int n = slots.takeInTimeOrder();
        for (int i = 0; i < n; i++) {
            int s = slots.slotInOrder(i);
            sink.accept(KINDS[slots.getInt(s, Ints.KIND)], slots.time(s), slots.getInt(s, Ints.PRODUCER),
                    slots.getLong(s, Longs.POST), slots.getInt(s, Ints.WATCHED), slots.getLong(s, Longs.COUNT));
        }
        return n;
    }
}
