package org.fanoutlab.engine.base;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A kept copy of a large int or long array, held in chunks of {@link #CHUNK} elements, that shares every chunk
 * whose contents equal the same chunk of an earlier kept copy. Two snapshots of a run taken a little apart differ
 * in a few places (the followers of the posts made in between, the consumers who opened their feed), so most of a
 * new snapshot's chunks are the previous one's and cost nothing: the playback layer can keep many more snapshots
 * in the same memory, and a seek replays less (docs/decisions/0013-shared-snapshot-chunks.md).
 *
 * <p>Chunks are never written once made, so sharing them between copies is safe whatever happens to the array
 * they were taken from, and a copy can share with any earlier copy (of this run or of another branch of it).
 */
public final class ChunkedCopy {
    /** Elements per chunk: 16 KB of ints, 32 KB of longs. */
    public static final int CHUNK = 1 << 12;

    /** What differs between a copy of an int array and one of a long array: the element type's operations. */
    private enum Width {
        INT(Integer.BYTES, int[]::new, (a, from, to, chunk) -> Arrays.equals((int[]) a, from, to, (int[]) chunk, 0,
                to - from)),
        LONG(Long.BYTES, long[]::new, (a, from, to, chunk) -> Arrays.equals((long[]) a, from, to, (long[]) chunk, 0,
                to - from));

        final int bytes;
        final IntFunction<Object> newArray;
        /** Whether elements from..to-1 of an array equal a whole chunk of to - from elements. */
        final RangeEquals sameRange;

        Width(int bytes, IntFunction<Object> newArray, RangeEquals sameRange) {
            this.bytes = bytes;
            this.newArray = newArray;
            this.sameRange = sameRange;
        }

        Object copyRange(Object a, int from, int to) {
            Object chunk = newArray.apply(to - from);
            System.arraycopy(a, from, chunk, 0, to - from);
            return chunk;
        }
    }

    @FunctionalInterface
    private interface RangeEquals {
        boolean test(Object a, int from, int to, Object chunk);
    }

    private final Width width;
    private final int length;
    /** The chunks, each an int[] or a long[] (as {@link #width} says) of {@link #CHUNK} elements, the last shorter. */
    private final Object[] chunks;

    private ChunkedCopy(Width width, int length, Object[] chunks) {
        this.width = width;
        this.length = length;
        this.chunks = chunks;
    }

    /** A copy of {@code a}, sharing the chunks equal to {@code previous}'s (null: shares nothing); null for null. */
    public static ChunkedCopy of(int[] a, ChunkedCopy previous) {
        return a == null ? null : of(Width.INT, a, a.length, previous);
    }

    /** A copy of {@code a}, sharing the chunks equal to {@code previous}'s (null: shares nothing); null for null. */
    public static ChunkedCopy of(long[] a, ChunkedCopy previous) {
        return a == null ? null : of(Width.LONG, a, a.length, previous);
    }

    private static ChunkedCopy of(Width width, Object a, int length, ChunkedCopy previous) {
        Object[] before = previous != null && previous.width == width && previous.length == length ? previous.chunks
                : null;
        Object[] chunks = new Object[(length + CHUNK - 1) / CHUNK];
        for (int c = 0; c < chunks.length; c++) {
            int from = c * CHUNK;
            int to = Math.min(length, from + CHUNK);
            Object old = before == null ? null : before[c];
            chunks[c] = old != null && width.sameRange.test(a, from, to, old) ? old : width.copyRange(a, from, to);
        }
        return new ChunkedCopy(width, length, chunks);
    }

    /** A new array with the kept contents (of a copy made from an int array; null for null). */
    public static int[] toInts(ChunkedCopy c) {
        return toInts(c, null);
    }

    /**
     * The kept contents in {@code reuse} when it has the length (every element is written), else in a new array:
     * restoring over the arrays of a run being dropped spares allocating, and collecting, tens of megabytes.
     */
    public static int[] toInts(ChunkedCopy c, int[] reuse) {
        return (int[]) restore(c, reuse, reuse == null ? 0 : reuse.length);
    }

    /** A new array with the kept contents (of a copy made from a long array; null for null). */
    public static long[] toLongs(ChunkedCopy c) {
        return toLongs(c, null);
    }

    /** Like {@link #toInts(ChunkedCopy, int[])}, for a copy made from a long array. */
    public static long[] toLongs(ChunkedCopy c, long[] reuse) {
        return (long[]) restore(c, reuse, reuse == null ? 0 : reuse.length);
    }

    private static Object restore(ChunkedCopy c, Object reuse, int reuseLength) {
        if (c == null) {
            return null;
        }
        Object out = reuse != null && reuseLength == c.length ? reuse : c.width.newArray.apply(c.length);
        for (int i = 0; i < c.chunks.length; i++) {
            System.arraycopy(c.chunks[i], 0, out, i * CHUNK, Array.getLength(c.chunks[i]));
        }
        return out;
    }

    /**
     * Bytes this copy holds that {@code previous} does not hold too (every byte for a null previous): what keeping
     * it costs next to the copy before it. Either may be null (no array: nothing held).
     */
    public static long bytesBeyond(ChunkedCopy c, ChunkedCopy previous) {
        if (c == null) {
            return 0;
        }
        Object[] theirs = previous == null || previous.width != c.width || previous.chunks.length != c.chunks.length
                ? null : previous.chunks;
        long bytes = 16L + 8L * c.chunks.length; // the table of chunks
        for (int i = 0; i < c.chunks.length; i++) {
            if (theirs == null || theirs[i] != c.chunks[i]) {
                bytes += 16L + (long) c.width.bytes * Array.getLength(c.chunks[i]);
            }
        }
        return bytes;
    }
}
