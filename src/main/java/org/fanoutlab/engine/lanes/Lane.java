package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.LatencyRecorder;
import org.fanoutlab.engine.base.SeededRandom;

/**
 * One consumer and its delivery style: a small state machine driven by {@link LaneSet} in strict time
 * order. Subclasses say when their next own event is ({@link #nextTime()}), what happens then ({@link #step}),
 * and what a new post does ({@link #onPost}). Counters live here so that every lane reports the same figures.
 * Each subclass copies itself field by field ({@link #copy}), so that a run can be snapshot and resumed.
 */
abstract class Lane {
    final int index;
    LaneSpec spec;
    final LaneEventRing events;
    final SeededRandom random;

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
    private final LatencyRecorder latency;

    Lane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        this.index = index;
        this.spec = spec;
        this.events = events;
        this.random = random;
        this.latency = new LatencyRecorder(3);
    }

    /** The copy constructor every subclass calls from its own {@link #copy}. */
    Lane(Lane o, LaneEventRing events) {
        this.index = o.index;
        this.spec = o.spec;
        this.events = events;
        this.random = o.random.copy();
        this.latency = o.latency.copy();
        requests = o.requests;
        emptyAnswers = o.emptyAnswers;
        open = o.open;
        openMax = o.openMax;
        deliveries = o.deliveries;
        drops = o.drops;
        duplicates = o.duplicates;
        retries = o.retries;
        givenUp = o.givenUp;
        lag = o.lag;
        lagMax = o.lagMax;
        replays = o.replays;
        reissues = o.reissues;
        blockedSeconds = o.blockedSeconds;
        clientMessages = o.clientMessages;
    }

    /** A deep copy writing its events into {@code events} (the copy's own ring). */
    abstract Lane copy(LaneEventRing events);

    /** The time of this lane's next own event, or +∞. Called often: keep it a field read. */
    abstract double nextTime();

    /** Handles the event at {@code t} == {@link #nextTime()}; must change state so that time moves on. */
    abstract void step(double t);

    /** A post made at {@code t}; posts are handled before lane events at the same instant. */
    abstract void onPost(long seq, double t);

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

    final void arrived(long seq, double t) {
        lag++;
        if (lag > lagMax) {
            lagMax = lag;
        }
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
