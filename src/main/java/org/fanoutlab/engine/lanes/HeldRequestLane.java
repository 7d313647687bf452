package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * A client whose request the server holds open while it has nothing to send: long polling, a Kafka consumer's
 * fetch. A request that finds posts waiting is answered at once; otherwise it is held (an open connection)
 * until a post answers it or, after {@code holdParam} seconds, it comes back empty. Subclasses say what an
 * answer does ({@link #answer}), what follows an empty one ({@link #timedOut}), and what their other events are
 * ({@link #stepAnswered}). The first request goes at time 0.
 */
abstract class HeldRequestLane extends Lane {
    private final LaneParam holdParam;
    private boolean held;

    HeldRequestLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random, LaneParam holdParam) {
        super(index, spec, events, random);
        this.holdParam = holdParam;
        ask(0);
    }

    /** The client sends a request at {@code t}. */
    final void ask(double t) {
        request(t);
        if (waiting.isEmpty()) {
            held = true;
            opened();
            next = t + param(holdParam);
        } else {
            answer(t);
        }
    }

    @Override
    final void step(double t) {
        if (held) {
            held = false;
            closed();
            empty(t);
            timedOut(t);
        } else {
            stepAnswered(t);
        }
    }

    @Override
    final void onPost(long seq, double t) {
        enqueue(seq, t);
        if (held) {
            held = false;
            closed();
            answer(t);
        }
    }

    /** The request is answered at {@code t} with the posts in {@link #waiting} (at least one). */
    abstract void answer(double t);

    /** The held request came back empty at {@code t}. */
    abstract void timedOut(double t);

    /** The lane's own event at {@code t} while no request is held. */
    abstract void stepAnswered(double t);
}
