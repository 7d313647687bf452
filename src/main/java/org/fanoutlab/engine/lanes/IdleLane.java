package org.fanoutlab.engine.lanes;

import java.util.SplittableRandom;

/**
 * IMAP IDLE: the client keeps one session open in the IDLE state. A post makes the server send a one-line notice
 * that reaches the client {@code notifySeconds} later; the client ends IDLE and fetches, which takes
 * {@code fetchRoundTripSeconds}, delivering every post waiting by then, and goes back to IDLE. Every
 * {@code reissueSeconds} from the session's start (29 minutes by default) the client ends and re-issues IDLE,
 * a pause of {@code reissueGapSeconds}; a post made during the pause (or during a fetch) waits for IDLE to be
 * back. A re-issue due during a fetch is done when the fetch ends. Requests count IDLE and FETCH commands.
 */
final class IdleLane extends Lane {
    private enum State { IDLING, FETCHING, REISSUING }

    private final PostQueue waiting = new PostQueue();
    private State state = State.IDLING;
    private double fetchEnd;
    private double gapEnd;
    private double nextReissue;

    IdleLane(int index, LaneSpec spec, LaneEventRing events, SplittableRandom random) {
        super(index, spec, events, random);
        opened(); // the session
        request(0); // the first IDLE
        nextReissue = param(LaneParam.REISSUE_SECONDS);
    }

    @Override
    double nextTime() {
        return switch (state) {
            case IDLING -> nextReissue;
            case FETCHING -> fetchEnd;
            case REISSUING -> gapEnd;
        };
    }

    @Override
    void step(double t) {
        switch (state) {
            case IDLING -> reissue(t);
            case FETCHING -> {
                while (!waiting.isEmpty()) {
                    deliver(waiting.headSeq(), waiting.headTime(), t);
                    waiting.removeHead();
                }
                if (nextReissue <= t) {
                    reissue(t); // the IDLE after the fetch is the due re-issue
                } else {
                    backToIdle(t);
                }
            }
            case REISSUING -> backToIdle(t);
        }
    }

    @Override
    void onPost(long seq, double t) {
        arrived(seq, t);
        waiting.add(t, seq);
        if (state == State.IDLING) {
            notifyAndFetch(t);
        }
    }

    private void reissue(double t) {
        reissues++;
        events.add(LaneEventKind.REISSUE, t, index, -1, reissues);
        state = State.REISSUING;
        gapEnd = t + param(LaneParam.REISSUE_GAP_SECONDS);
        nextReissue += param(LaneParam.REISSUE_SECONDS);
        if (nextReissue <= t) {
            nextReissue = t + param(LaneParam.REISSUE_SECONDS);
        }
    }

    private void backToIdle(double t) {
        request(t); // IDLE
        state = State.IDLING;
        if (!waiting.isEmpty()) {
            notifyAndFetch(t);
        }
    }

    private void notifyAndFetch(double t) {
        double heard = t + param(LaneParam.NOTIFY_SECONDS);
        events.add(LaneEventKind.NOTIFY, heard, index, -1, waiting.size());
        request(heard); // FETCH
        state = State.FETCHING;
        fetchEnd = heard + param(LaneParam.FETCH_ROUND_TRIP_SECONDS);
    }

    @Override
    void parameterChanged(LaneParam p, double now) {
        if (p == LaneParam.REISSUE_SECONDS) {
            // The timer restarts from now at the new period, as a client would when reconfigured.
            nextReissue = now + param(LaneParam.REISSUE_SECONDS);
        }
    }
}
