package org.fanoutlab.playback;

import java.util.Arrays;
import org.fanoutlab.engine.lanes.LaneEventKind;
import org.fanoutlab.engine.lanes.LaneEventSink;

/**
 * A growable list of lane events on parallel primitive arrays, used to hand events from the engine worker to the
 * frame loop without an object per event. Not thread-safe: the runner guards the shared one with a lock.
 */
public final class LaneEventBuffer implements LaneEventSink, EventQueue<LaneEventBuffer> {
    private static final LaneEventKind[] KINDS = LaneEventKind.values();
    /** Beyond this many waiting events the oldest are discarded: tokens are decoration, the counters are exact. */
    static final int MAX = 1 << 16;

    private byte[] kind = new byte[256];
    private double[] time = new double[256];
    private int[] lane = new int[256];
    private long[] count = new long[256];
    private int size;
    private int start;

    @Override
    public void accept(LaneEventKind k, double t, int laneIndex, long post, long n) {
        if (size - start >= MAX) {
            start++;
        }
        if (size == kind.length) {
            compactOrGrow();
        }
        kind[size] = (byte) k.ordinal();
        time[size] = t;
        lane[size] = laneIndex;
        count[size] = n;
        size++;
    }

    public int size() {
        return size - start;
    }

    @Override
    public int pending() {
        return size();
    }

    public LaneEventKind kind(int i) {
        return KINDS[kind[start + i]];
    }

    public double time(int i) {
        return time[start + i];
    }

    public int lane(int i) {
        return lane[start + i];
    }

    public long count(int i) {
        return count[start + i];
    }

    @Override
    public void clear() {
        size = 0;
        start = 0;
    }

    /** Appends every event to {@code target} and empties this buffer; returns how many moved. */
    @Override
    public int moveTo(LaneEventBuffer target) {
        int n = size();
        for (int i = start; i < size; i++) {
            target.accept(KINDS[kind[i]], time[i], lane[i], -1, count[i]);
        }
        clear();
        return n;
    }

    private void compactOrGrow() {
        if (start > 0) {
            int n = size - start;
            System.arraycopy(kind, start, kind, 0, n);
            System.arraycopy(time, start, time, 0, n);
            System.arraycopy(lane, start, lane, 0, n);
            System.arraycopy(count, start, count, 0, n);
            size = n;
            start = 0;
            if (size < kind.length) {
                return;
            }
        }
        int cap = kind.length * 2;
        kind = Arrays.copyOf(kind, cap);
        time = Arrays.copyOf(time, cap);
        lane = Arrays.copyOf(lane, cap);
        count = Arrays.copyOf(count, cap);
    }
}
