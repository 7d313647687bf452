package org.fanoutlab.ui.common;

/**
 * Bookkeeping for things kept in parallel primitive arrays, one slot per thing (the tokens in flight on the stage
 * and on the lanes): the live ones are always slots {@code 0 .. size()-1}, and a removed slot is filled with the
 * last live one, so adding and removing allocate nothing however many there are. Subclasses own the arrays.
 */
public abstract class PackedSlots {
    private final int capacity;
    private int size;

    protected PackedSlots(int capacity) {
        this.capacity = capacity;
    }

    public final int size() {
        return size;
    }

    public final int capacity() {
        return capacity;
    }

    protected final boolean isFull() {
        return size == capacity;
    }

    /** The slot for a new thing; only called when not {@link #isFull()}. */
    protected final int claim() {
        return size++;
    }

    /** Removes every slot that has {@link #expired} by {@code now}; the order of the rest is not kept. */
    protected final void removeExpired(double now) {
        int i = 0;
        while (i < size) {
            if (expired(i, now)) {
                removing(i);
                size--;
                copy(size, i);
            } else {
                i++;
            }
        }
    }

    /** Whether slot {@code i} is done by {@code now}. */
    protected abstract boolean expired(int i, double now);

    /** Copies slot {@code src} over slot {@code dst} in every array. */
    protected abstract void copy(int src, int dst);

    /** Called for a slot about to be removed, while it still holds its values. */
    protected void removing(int i) {
    }

    /** Drops every slot at once. */
    public void clear() {
        size = 0;
    }
}
