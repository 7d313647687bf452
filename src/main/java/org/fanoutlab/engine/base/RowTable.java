package org.fanoutlab.engine.base;

/**
 * Rows of a few fields kept without an object per row: one array per field type (long, double, int, reference),
 * a row being a stride of each. The engine's queues, heaps and event buffers each hold many small records; keeping
 * them here means the arrays of one structure are grown, copied, moved and swapped by whole rows in one place
 * instead of field by field in every structure. Rows are numbered 0 to {@link #capacity()} - 1. A structure names
 * its fields with one enum per type ({@code enum Longs { SEQ, COUNT }}), whose constants' ordinals index the
 * row's stride of that type's array. Flags are ints (0 or 1).
 *
 * <p>{@link RowRing} keeps rows first in, first out; {@link RowPool} hands out and takes back single rows.
 */
public class RowTable {
    /** How many fields of each type a row has. */
    public record Shape(int longs, int doubles, int ints, int objects) {
        /** A row with a field per constant of each enum (null: no field of that type). */
        public static Shape of(Class<? extends Enum<?>> longs, Class<? extends Enum<?>> doubles,
                Class<? extends Enum<?>> ints, Class<? extends Enum<?>> objects) {
            return new Shape(count(longs), count(doubles), count(ints), count(objects));
        }

        private static int count(Class<? extends Enum<?>> fields) {
            return fields == null ? 0 : fields.getEnumConstants().length;
        }
    }

    private final Shape shape;
    private final int longWidth;
    private final int doubleWidth;
    private final int intWidth;
    private final int objectWidth;
    private int capacity;
    private long[] longs;
    private double[] doubles;
    private int[] ints;
    private Object[] objects;

    public RowTable(int capacity, Shape shape) {
        this(shape);
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        allocate(capacity);
    }

    private RowTable(Shape shape) {
        this.shape = shape;
        longWidth = shape.longs();
        doubleWidth = shape.doubles();
        intWidth = shape.ints();
        objectWidth = shape.objects();
    }

    /** Fresh arrays for {@code capacity} rows and the spare row that {@link #swapRows} goes through. */
    private void allocate(int newCapacity) {
        int rows = newCapacity + 1;
        longs = new long[rows * longWidth];
        doubles = new double[rows * doubleWidth];
        ints = new int[rows * intWidth];
        objects = new Object[rows * objectWidth];
        capacity = newCapacity;
    }

    /** An independent copy of every row (references are shared, not copied). */
    protected RowTable(RowTable o) {
        this(o.shape);
        capacity = o.capacity;
        longs = o.longs.clone();
        doubles = o.doubles.clone();
        ints = o.ints.clone();
        objects = o.objects.clone();
    }

    /** An independent copy of every row (references are shared, not copied). */
    public RowTable copy() {
        return new RowTable(this);
    }

    public final int capacity() {
        return capacity;
    }

    public final long getLong(int row, Enum<?> field) {
        return longs[row * longWidth + field.ordinal()];
    }

    public final void setLong(int row, Enum<?> field, long v) {
        longs[row * longWidth + field.ordinal()] = v;
    }

    public final double getDouble(int row, Enum<?> field) {
        return doubles[row * doubleWidth + field.ordinal()];
    }

    public final void setDouble(int row, Enum<?> field, double v) {
        doubles[row * doubleWidth + field.ordinal()] = v;
    }

    public final int getInt(int row, Enum<?> field) {
        return ints[row * intWidth + field.ordinal()];
    }

    public final void setInt(int row, Enum<?> field, int v) {
        ints[row * intWidth + field.ordinal()] = v;
    }

    public final boolean getFlag(int row, Enum<?> field) {
        return getInt(row, field) != 0;
    }

    public final void setFlag(int row, Enum<?> field, boolean v) {
        setInt(row, field, v ? 1 : 0);
    }

    public final Object getObject(int row, Enum<?> field) {
        return objects[row * objectWidth + field.ordinal()];
    }

    public final void setObject(int row, Enum<?> field, Object v) {
        objects[row * objectWidth + field.ordinal()] = v;
    }

    /** Room for {@code newCapacity} rows; every row keeps its number and contents. */
    public final void grow(int newCapacity) {
        growUnrolled(0, capacity, newCapacity);
    }

    /**
     * Room for {@code newCapacity} rows, with the {@code count} rows that follow each other around the table from
     * row {@code from} (wrapping past the last row to row 0) moved to rows 0 to {@code count - 1}, in order.
     */
    protected final void growUnrolled(int from, int count, int newCapacity) {
        int oldCapacity = capacity;
        long[] l = longs;
        double[] d = doubles;
        int[] n = ints;
        Object[] o = objects;
        allocate(newCapacity);
        for (int i = 0; i < count; i++) {
            copyRow(l, d, n, o, (from + i) % oldCapacity, i);
        }
    }

    /** Gives row {@code to} the contents of row {@code from}. */
    public final void copyRow(int from, int to) {
        copyRow(longs, doubles, ints, objects, from, to);
    }

    /** Gives row {@code to} the contents of row {@code from} of these arrays (this table's, or the ones it had). */
    private void copyRow(long[] l, double[] d, int[] n, Object[] o, int from, int to) {
        System.arraycopy(l, from * longWidth, longs, to * longWidth, longWidth);
        System.arraycopy(d, from * doubleWidth, doubles, to * doubleWidth, doubleWidth);
        System.arraycopy(n, from * intWidth, ints, to * intWidth, intWidth);
        System.arraycopy(o, from * objectWidth, objects, to * objectWidth, objectWidth);
    }

    /** Exchanges the contents of two rows (through the spare row past the last). */
    public final void swapRows(int a, int b) {
        copyRow(a, capacity);
        copyRow(b, a);
        copyRow(capacity, b);
    }
}
