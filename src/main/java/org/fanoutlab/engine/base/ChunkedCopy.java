package org.fanoutlab.engine.base;

import java.util.Arrays;

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

    private final int length;
    private final int[][] ints;
    private final long[][] longs;

    private ChunkedCopy(int length, int[][] ints, long[][] longs) {
        this.length = length;
        this.ints = ints;
        this.longs = longs;
    }

    /** A copy of {@code a}, sharing the chunks equal to {@code previous}'s (null: shares nothing); null for null. */
    public static ChunkedCopy of(int[] a, ChunkedCopy previous) {
        if (a == null) {
            return null;
        }
        int[][] before = previous != null && previous.ints != null && previous.length == a.length ? previous.ints
                : null;
        int[][] chunks = new int[chunks(a.length)][];
        for (int c = 0; c < chunks.length; c++) {
            int from = c * CHUNK;
            int to = Math.min(a.length, from + CHUNK);
            int[] old = before == null ? null : before[c];
            chunks[c] = old != null && Arrays.equals(a, from, to, old, 0, old.length) ? old
                    : Arrays.copyOfRange(a, from, to);
        }
        return new ChunkedCopy(a.length, chunks, null);
    }

    /** A copy of {@code a}, sharing the chunks equal to {@code previous}'s (null: shares nothing); null for null. */
    public static ChunkedCopy of(long[] a, ChunkedCopy previous) {
        if (a == null) {
            return null;
        }
        long[][] before = previous != null && previous.longs != null && previous.length == a.length ? previous.longs
                : null;
        long[][] chunks = new long[chunks(a.length)][];
        for (int c = 0; c < chunks.length; c++) {
            int from = c * CHUNK;
            int to = Math.min(a.length, from + CHUNK);
            long[] old = before == null ? null : before[c];
            chunks[c] = old != null && Arrays.equals(a, from, to, old, 0, old.length) ? old
                    : Arrays.copyOfRange(a, from, to);
        }
        return new ChunkedCopy(a.length, null, chunks);
    }

    private static int chunks(int length) {
        return (length + CHUNK - 1) / CHUNK;
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
        if (c == null) {
            return null;
        }
        int[] out = reuse != null && reuse.length == c.length ? reuse : new int[c.length];
        for (int i = 0; i < c.ints.length; i++) {
            System.arraycopy(c.ints[i], 0, out, i * CHUNK, c.ints[i].length);
        }
        return out;
    }

    /** A new array with the kept contents (of a copy made from a long array; null for null). */
    public static long[] toLongs(ChunkedCopy c) {
        return toLongs(c, null);
    }

    /** Like {@link #toInts(ChunkedCopy, int[])}, for a copy made from a long array. */
    public static long[] toLongs(ChunkedCopy c, long[] reuse) {
        if (c == null) {
            return null;
        }
        long[] out = reuse != null && reuse.length == c.length ? reuse : new long[c.length];
        for (int i = 0; i < c.longs.length; i++) {
            System.arraycopy(c.longs[i], 0, out, i * CHUNK, c.longs[i].length);
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
        Object[] mine = c.ints != null ? c.ints : c.longs;
        Object[] theirs = previous == null ? null : c.ints != null ? previous.ints : previous.longs;
        if (theirs != null && theirs.length != mine.length) {
            theirs = null;
        }
        int width = c.ints != null ? Integer.BYTES : Long.BYTES;
        long bytes = 16L + 8L * mine.length; // the table of chunks
        for (int i = 0; i < mine.length; i++) {
            if (theirs == null || theirs[i] != mine[i]) {
                bytes += 16L + (long) width * (c.ints != null ? c.ints[i].length : c.longs[i].length);
            }
        }
        return bytes;
    }
}
