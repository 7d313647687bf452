package org.fanoutlab.playback;

import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.EventSink;
import org.fanoutlab.engine.base.RowRing;
import org.fanoutlab.engine.base.RowTable;

/**
 * Engine events kept on primitive arrays, so that draining and replaying them allocates nothing once the arrays
 * have grown to the working size. Not thread-safe; owners lock around it.
 */
public final class EventBuffer implements EventSink, EventQueue<EventBuffer> {
    private static final EventKind[] KINDS = EventKind.values();

    // An event's fields, one row of events per event.
    private enum Longs { POST, COUNT }
    private enum Doubles { TIME }
    private enum Ints { KIND, PRODUCER, WATCHED }

    private static final RowTable.Shape EVENT = RowTable.Shape.of(Longs.class, Doubles.class, Ints.class, null);

    private final RowRing events = new RowRing(256, EVENT);

    @Override
    public void accept(EventKind k, double timeSeconds, int producerIndex, long postNumber, int watchedIndex, long n) {
        int row = events.addLast();
        events.setInt(row, Ints.KIND, k.ordinal());
        events.setDouble(row, Doubles.TIME, timeSeconds);
        events.setInt(row, Ints.PRODUCER, producerIndex);
        events.setLong(row, Longs.POST, postNumber);
        events.setInt(row, Ints.WATCHED, watchedIndex);
        events.setLong(row, Longs.COUNT, n);
    }

    /** Events not yet consumed. */
    @Override
    public int pending() {
        return events.size();
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** Time of the oldest unconsumed event; only when not empty. */
    public double firstTime() {
        return events.getDouble(events.first(), Doubles.TIME);
    }

    /** Hands the oldest unconsumed event to {@code sink} and consumes it. */
    public void pop(EventSink sink) {
        int row = events.first();
        events.removeFirst();
        replay(row, sink);
    }

    /** Appends every unconsumed event to {@code target} and empties this buffer; returns how many moved. */
    @Override
    public int moveTo(EventBuffer target) {
        int n = events.size();
        for (int i = 0; i < n; i++) {
            replay(events.rowAt(i), target);
        }
        clear();
        return n;
    }

    private void replay(int row, EventSink sink) {
        sink.accept(KINDS[events.getInt(row, Ints.KIND)], events.getDouble(row, Doubles.TIME),
                events.getInt(row, Ints.PRODUCER), events.getLong(row, Longs.POST), events.getInt(row, Ints.WATCHED),
                events.getLong(row, Longs.COUNT));
    }

    @Override
    public void clear() {
        events.clear();
    }
}
