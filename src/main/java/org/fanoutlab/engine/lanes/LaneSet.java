package org.fanoutlab.engine.lanes;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.base.SeededRandom;

/**
 * The lanes of one scenario as a group: one consumer state machine per lane, each with its own seeded stream,
 * writing into one event ring. The owner feeds it the posts ({@link #post}) and steps the lane whose event comes
 * next ({@link #nextTime}, {@link #stepNext}), in strict time order; the group knows nothing of where the posts
 * come from, so it depends on nothing outside {@code engine.base}.
 */
public final class LaneSet {
    private final Lane[] lanes;
    private final LaneEventRing events;
    private int next = -1;

    /**
     * @param streams each lane gets {@code streams.split()}, in file order, so a lane's random history does not
     *                change when another lane is tuned
     * @param eventCapacity events kept between two drains; older ones are dropped and counted
     */
    public LaneSet(List<LaneSpec> specs, SeededRandom streams, int eventCapacity) {
        events = new LaneEventRing(eventCapacity);
        lanes = new Lane[specs.size()];
        for (int i = 0; i < lanes.length; i++) {
            LaneSpec spec = specs.get(i);
            lanes[i] = spec.type().create(i, spec, events, streams.split());
        }
    }

    private LaneSet(LaneSet o) {
        events = o.events.copy();
        lanes = new Lane[o.lanes.length];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = o.lanes[i].copy(events);
        }
    }

    /** A deep copy: stepping it gives exactly what stepping this group would, and leaves this one alone. */
    public LaneSet copy() {
        return new LaneSet(this);
    }

    public int size() {
        return lanes.length;
    }

    /** When the next lane event happens (+∞ when none will); at equal times the first lane in file order. */
    public double nextTime() {
        double best = Double.POSITIVE_INFINITY;
        next = -1;
        for (int i = 0; i < lanes.length; i++) {
            double t = lanes[i].nextTime();
            if (t < best) {
                best = t;
                next = i;
            }
        }
        return best;
    }

    /** Handles the event {@link #nextTime()} found, at {@code t} (the time it returned). */
    public void stepNext(double t) {
        lanes[next].step(t);
    }

    /** A post made at {@code t}: every lane sees it (posts come before lane events at the same instant). */
    public void post(long seq, double t) {
        events.add(LaneEventKind.POST, t, -1, seq, 1);
        for (Lane l : lanes) {
            l.onPost(seq, t);
        }
    }

    public List<LaneMetrics> metrics(double now) {
        List<LaneMetrics> out = new ArrayList<>(lanes.length);
        for (Lane l : lanes) {
            out.add(l.metrics(now));
        }
        return out;
    }

    public LaneMetrics metrics(int lane, double now) {
        return lanes[lane].metrics(now);
    }

    public int drainEvents(LaneEventSink sink) {
        return events.drain(sink);
    }

    public long droppedEvents() {
        return events.dropped();
    }

    public LaneSpec spec(int lane) {
        return lanes[lane].spec;
    }

    /** @throws IllegalArgumentException when the lane's type has no such parameter or the value is out of range */
    public void setParameter(int lane, LaneParam p, double value, double now) {
        Lane l = lanes[lane];
        l.spec = l.spec.with(p, value);
        l.parameterChanged(p, now);
    }

    public void setOnFull(int lane, OnFull onFull) {
        Lane l = lanes[lane];
        l.spec = l.spec.withOnFull(onFull);
    }
}
