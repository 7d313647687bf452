package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.LatencyRecorder;
import org.fanoutlab.engine.base.SeededRandom;

/**
 * One consumer and its delivery style: a small state machine driven by {@link LaneSet} in strict time
 * order. Subclasses say what happens at their next own event ({@link #step}, at the time they keep in
 * {@link #next}) and, when they do more than queue it, what a new post does ({@link #onPost}). Counters, the
 * queue of posts not yet delivered and the copy for snapshots live here so that every lane reports the same
 * figures and copies itself the same way.
 *
 * <p>{@link #copy} is {@link Object#clone()}: every field of value type (flags, times, counters) is copied by
 * the platform, so a state field added to a lane cannot be forgotten by a copy constructor and silently reset
 * in a resumed run; only mutable parts (queues, streams) are replaced, here and in {@link #copyOwnParts}.
 */
abstract class Lane implements Cloneable {
    final int index;
    LaneSpec spec;
    LaneEventRing events;
    SeededRandom random;
    /**
     * Posts that reached the lane and wait to be delivered, oldest first: what a poll will find, the consumer's
     * buffer, the broker's log, what a dropped connection missed. Lanes that send each post at once leave it empty.
     */
    PostQueue waiting = new PostQueue();
    /** The time of this lane's next own event, +∞ while none is due. */
    double next = Double.POSITIVE_INFINITY;

    long requests;
    long emptyAnswers;
    long open;
    long openMax;
    long deliveries;
    long drops;
    long duplicates;
    long retries;
    long givenUp;
    long lag;
    long lagMax;
    long replays;
    long reissues;
    double blockedSeconds;
    long clientMessages;
    private LatencyRecorder latency;

    Lane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        this.index = index;
        this.spec = spec;
        this.events = events;
        this.random = random;
        this.latency = new LatencyRecorder(3);
    }

    /** A deep copy writing its events into {@code events} (the copy's own ring). */
    final Lane copy(LaneEventRing events) {
        Lane c;
        try {
            c = (Lane) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("a lane is Cloneable", e);
        }
        c.events = events;
        c.random = random.copy();
        c.latency = latency.copy();
        c.waiting = waiting.copy();
        c.copyOwnParts();
        return c;
    }

    /** Called on a fresh {@link #copy}: gives it its own instances of the mutable parts a subclass adds. */
    void copyOwnParts() {
    }

    /** The time of this lane's next own event, or +∞. Called often: keep it a field read. */
    double nextTime() {
        return next;
    }

    /** Handles the event at {@code t} == {@link #nextTime()}; must change state so that time moves on. */
    abstract void step(double t);

    /**
     * A post made at {@code t}; posts are handled before lane events at the same instant. By default it waits
     * for the lane's next step.
     */
    void onPost(long seq, double t) {
        enqueue(seq, t);
    }

    /** A parameter changed at {@code now}; the new value applies from now on (already in {@link #spec}). */
    void parameterChanged(LaneParam p, double now) {
    }

    /** Time-integrated figures (blocked seconds) up to {@code now}, without changing state. */
    double blockedSecondsAt(double now) {
        return blockedSeconds;
    }

    double param(LaneParam p) {
        return spec.get(p);
    }

    // ---------------------------------------------------------------- bookkeeping shared by every lane

    /** Post {@code seq}, made at {@code t}, reached the lane; it counts in the lag until it is delivered. */
    final void arrived(long seq, double t) {
        lag++;
        if (lag > lagMax) {
            lagMax = lag;
        }
    }

    /** Post {@code seq}, made at {@code t}, reached the lane and waits in {@link #waiting}. */
    final void enqueue(long seq, double t) {
        arrived(seq, t);
        waiting.add(t, seq);
    }

    /** The oldest waiting post reaches the consumer at {@code at}. */
    final void deliverHead(double at) {
        deliver(waiting.headSeq(), waiting.headTime(), at);
        waiting.removeHead();
    }

    /** Every waiting post made at or before {@code madeBy} reaches the consumer at {@code at}; returns how many. */
    final int deliverWaiting(double madeBy, double at) {
        int n = 0;
        while (!waiting.isEmpty() && waiting.headTime() <= madeBy) {
            deliverHead(at);
            n++;
        }
        return n;
    }

    /** Post {@code seq}, made at {@code postTime}, reached the consumer at {@code at}. */
    final void deliver(long seq, double postTime, double at) {
        deliveries++;
        lag--;
        latency.record(at - postTime, 1);
        events.add(LaneEventKind.DELIVERED, at, index, seq, 1);
    }

    final void request(double t) {
        requests++;
        events.add(LaneEventKind.REQUEST, t, index, -1, 1);
    }

    final void empty(double t) {
        emptyAnswers++;
        events.add(LaneEventKind.EMPTY, t, index, -1, 0);
    }

    /** {@code n} client messages went up the open connection at {@code t}, without a request of their own. */
    final void upstream(double t, long n) {
        clientMessages += n;
        events.add(LaneEventKind.UPSTREAM, t, index, -1, n);
    }

    final void opened() {
        open++;
        if (open > openMax) {
            openMax = open;
        }
    }

    final void closed() {
        open--;
    }

    final LaneMetrics metrics(double now) {
        return new LaneMetrics(spec.name(), spec.type(), requests, emptyAnswers, open, openMax, deliveries,
                latency.summary(), drops, duplicates, retries, givenUp, lag, lagMax, replays, reissues,
                blockedSecondsAt(now), clientMessages);
    }
}
