package org.fanoutlab.playback;

import org.fanoutlab.engine.base.RowRing;
import org.fanoutlab.engine.base.RowTable;
import org.fanoutlab.engine.lanes.LaneEventKind;
import org.fanoutlab.engine.lanes.LaneEventSink;

/**
 * A growable list of lane events on primitive arrays, used to hand events from the engine worker to the frame
 * loop without an object per event. Not thread-safe: the runner guards the shared one with a lock.
 */
public final class LaneEventBuffer implements LaneEventSink, EventQueue<LaneEventBuffer> {
    private static final LaneEventKind[] KINDS = LaneEventKind.values();
    /** Beyond this many waiting events the oldest are discarded: tokens are decoration, the counters are exact. */
    static final int MAX = 1 << 16;

    // An event's fields, one row of events per event (the post is not kept: the lanes stage does not draw it).
    private enum Longs { COUNT }
    private enum Doubles { TIME }
    private enum Ints { KIND, LANE }

    private static final RowTable.Shape EVENT = RowTable.Shape.of(Longs.class, Doubles.class, Ints.class, null);

    private final RowRing events = new RowRing(256, EVENT);

    @Override
    public void accept(LaneEventKind k, double t, int laneIndex, long post, long n) {
        if (events.size() >= MAX) {
            events.removeFirst();
        }
        int row = events.addLast();
        events.setInt(row, Ints.KIND, k.ordinal());
        events.setDouble(row, Doubles.TIME, t);
        events.setInt(row, Ints.LANE, laneIndex);
        events.setLong(row, Longs.COUNT, n);
    }

    public int size() {
        return events.size();
    }

    @Override
    public int pending() {
        return size();
    }

    public LaneEventKind kind(int i) {
        return KINDS[events.getInt(events.rowAt(i), Ints.KIND)];
    }

    public double time(int i) {
        return events.getDouble(events.rowAt(i), Doubles.TIME);
    }

    public int lane(int i) {
        return events.getInt(events.rowAt(i), Ints.LANE);
    }

    public long count(int i) {
        return events.getLong(events.rowAt(i), Longs.COUNT);
    }

    @Override
    public void clear() {
        events.clear();
    }

    /** Appends every event to {@code target} and empties this buffer; returns how many moved. */
    @Override
    public int moveTo(LaneEventBuffer target) {
        int n = size();
        for (int i = 0; i < n; i++) {
            target.accept(kind(i), time(i), lane(i), -1, count(i));
        }
        clear();
        return n;
    }
}
