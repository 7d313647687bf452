package org.fanoutlab.engine.base;

/**
 * A double-ended queue of rows that doubles when full, keeping the order: the fan-out queue's posts, a lane's
 * waiting posts, the events on their way to the stage, a heap's nodes. Its capacity is always a power of two, so
 * the k-th element's row is found with a mask.
 */
public final class RowRing extends RowTable {
    private int head;
    private int size;

    /** @param capacity a power of two */
    public RowRing(int capacity, Shape shape) {
        super(capacity, shape);
        if (capacity < 1 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
    }

    private RowRing(RowRing o) {
        super(o);
        head = o.head;
        size = o.size;
    }

    /** An independent copy holding the same rows. */
    public RowRing copy() {
        return new RowRing(this);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Makes room at the back (doubling when full) and returns the new last row, for the caller to fill. */
    public int addLast() {
        if (size == capacity()) {
            growUnrolled(head, size, 2 * size);
            head = 0;
        }
        int row = rowAt(size);
        size++;
        return row;
    }

    /** The row of the oldest element; only when not empty. */
    public int first() {
        return head;
    }

    /** The row of the {@code k}-th element, 0 being the oldest. */
    public int rowAt(int k) {
        return (head + k) & (capacity() - 1);
    }

    /** Forgets the oldest element. */
    public void removeFirst() {
        head = rowAt(1);
        size--;
    }

    /** Forgets the newest element. */
    public void removeLast() {
        size--;
    }

    public void clear() {
        head = 0;
        size = 0;
    }
}
