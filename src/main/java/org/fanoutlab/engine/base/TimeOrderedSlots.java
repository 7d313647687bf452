package org.fanoutlab.engine.base;

/**
 * The bookkeeping of a bounded event ring kept on parallel primitive arrays: which slot the next event goes
 * in (overwriting, and counting, the oldest when full) and the order to hand the events out, by time and
 * stable. Each slot is a row of the event's other fields, which the ring that owns it reads and writes; nothing
 * here allocates after construction. Shared by the fan-out engine's event ring and the delivery lanes' one.
 */
public final class TimeOrderedSlots extends RowTable {
    private final double[] time;
    private final int[] order;
    private int head;
    private int size;
    private long dropped;

    /** Slots with no field but the time. */
    public TimeOrderedSlots(int capacity) {
        this(capacity, new Shape(0, 0, 0, 0));
    }

    /** @param event the fields of an event besides its time */
    public TimeOrderedSlots(int capacity, Shape event) {
        super(Math.max(0, capacity), event);
        time = new double[capacity()];
        order = new int[capacity()];
    }

    private TimeOrderedSlots(TimeOrderedSlots o) {
        super(o);
        time = o.time.clone();
        order = o.order.clone();
        head = o.head;
        size = o.size;
        dropped = o.dropped;
    }

    /** An independent copy holding the same events, in the same slots. */
    @Override
    public TimeOrderedSlots copy() {
        return new TimeOrderedSlots(this);
    }

    /** Events held now (none after a drain). */
    public int size() {
        return size;
    }

    /** The slot for an event at {@code t}; -1 when the ring holds nothing (capacity 0). */
    public int claim(double t) {
        if (capacity() == 0) {
            return -1;
        }
        int slot;
        if (size == capacity()) {
            slot = head;
            head = (head + 1) % capacity();
            dropped++;
        } else {
            slot = (head + size) % capacity();
            size++;
        }
        time[slot] = t;
        return slot;
    }

    public double time(int slot) {
        return time[slot];
    }

    /** Events overwritten because the ring was full. */
    public long dropped() {
        return dropped;
    }

    /** Empties the ring and sets the count of dropped events (a ring restored from a kept copy carries it over). */
    public void restart(long droppedBefore) {
        clear();
        dropped = droppedBefore;
    }

    public void clear() {
        head = 0;
        size = 0;
    }

    /**
     * Empties the ring and returns how many events it held; {@link #slotInOrder(int)} then gives their slots by
     * time. The payload stays readable until the next {@link #claim}, so a reader must not add events meanwhile.
     */
    public int takeInTimeOrder() {
        int n = size;
        for (int i = 0; i < n; i++) {
            order[i] = (head + i) % capacity();
        }
        // Events arrive almost in time order, so a stable insertion sort is close to linear.
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
        clear();
        return n;
    }

    /** The slot of the {@code i}-th event, by time, of the last {@link #takeInTimeOrder()}. */
    public int slotInOrder(int i) {
        return order[i];
    }
}
