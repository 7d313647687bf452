package org.fanoutlab.engine.base;

/**
 * Rows handed out one at a time and taken back in any order, on a free list: the rows given back are handed out
 * again first, and the table doubles only when none is free. A free row's link to the next free one is kept in
 * one of its own int fields, so the list costs no memory of its own.
 */
public final class RowPool extends RowTable {
    private final Enum<?> link;
    private int free = -1;
    private int used;

    /** @param link the int field that holds a free row's link (its value is the owner's while the row is in use) */
    public RowPool(int capacity, Shape shape, Enum<?> link) {
        super(Math.max(1, capacity), shape);
        if (link.ordinal() >= shape.ints()) {
            throw new IllegalArgumentException("no int field " + link + " in " + shape);
        }
        this.link = link;
    }

    private RowPool(RowPool o) {
        super(o);
        link = o.link;
        free = o.free;
        used = o.used;
    }

    /** An independent copy holding the same rows, in use and free. */
    public RowPool copy() {
        return new RowPool(this);
    }

    /** A row not in use, for the caller to fill. */
    public int take() {
        if (free >= 0) {
            int row = free;
            free = getInt(row, link);
            return row;
        }
        if (used == capacity()) {
            grow(2 * used);
        }
        return used++;
    }

    /** Gives a row back; it must be in use. */
    public void give(int row) {
        setInt(row, link, free);
        free = row;
    }
}
