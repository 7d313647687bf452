package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * IMAP IDLE: the client keeps one session open in the IDLE state. A post makes the server send a one-line notice
 * that reaches the client {@code notifySeconds} later; the client then sends FETCH, whose answer comes back
 * {@code fetchRoundTripSeconds} later with the posts that were in the mailbox when the FETCH was sent — a post made
 * after that waits for the next notice, which the server sends as soon as the client is back in IDLE. No delivery
 * beats one notice plus one round trip.
 *
 * <p>The client ends and re-issues IDLE on a fixed grid, every {@code reissueSeconds} (29 minutes by default);
 * each re-issue is a pause of {@code reissueGapSeconds} during which new mail waits. A re-issue due while the
 * client is busy (fetching, or still in the previous pause) is done when it is free again, and every grid point
 * that passed meanwhile is folded into that one: a pause longer than the period cannot make re-issues pile up or
 * run backwards. Requests count IDLE and FETCH commands.
 */
final class IdleLane extends Lane {
    private enum State { IDLING, FETCHING, REISSUING }

    private State state = State.IDLING;
    private double fetchSentAt;
    private double reissueAnchor;
    private double nextReissue;

    IdleLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        opened(); // the session
        request(0); // the first IDLE
        nextReissue = param(LaneParam.REISSUE_SECONDS);
        next = nextReissue;
    }

    @Override
    void step(double t) {
        switch (state) {
            case IDLING -> reissue(t);
            case FETCHING -> {
                // The FETCH answers with what was in the mailbox when it was sent.
                deliverWaiting(fetchSentAt, t);
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
        enqueue(seq, t);
        if (state == State.IDLING) {
            notifyAndFetch(t);
        }
    }

    private void reissue(double t) {
        reissues++;
        events.add(LaneEventKind.REISSUE, t, index, -1, reissues);
        state = State.REISSUING;
        next = t + param(LaneParam.REISSUE_GAP_SECONDS);
        nextReissue = gridPointAfter(t);
    }

    /** The first re-issue grid point strictly after {@code t}, computed from the grid's anchor (no drift). */
    private double gridPointAfter(double t) {
        double period = param(LaneParam.REISSUE_SECONDS);
        double k = Math.floor((t - reissueAnchor) / period) + 1;
        double at = reissueAnchor + k * period;
        while (at <= t) {
            k++;
            at = reissueAnchor + k * period;
        }
        return at;
    }

    private void backToIdle(double t) {
        request(t); // IDLE
        state = State.IDLING;
        next = nextReissue;
        if (!waiting.isEmpty()) {
            notifyAndFetch(t); // mail first; a re-issue due meanwhile follows the fetch
        } else if (nextReissue <= t) {
            reissue(t);
        }
    }

    private void notifyAndFetch(double t) {
        double heard = t + param(LaneParam.NOTIFY_SECONDS);
        events.add(LaneEventKind.NOTIFY, heard, index, -1, waiting.size());
        request(heard); // FETCH
        state = State.FETCHING;
        fetchSentAt = heard;
        next = heard + param(LaneParam.FETCH_ROUND_TRIP_SECONDS);
    }

    @Override
    void parameterChanged(LaneParam p, double now) {
        if (p == LaneParam.REISSUE_SECONDS) {
            // The timer restarts from now at the new period, as a client would when reconfigured.
            reissueAnchor = now;
            nextReissue = now + param(LaneParam.REISSUE_SECONDS);
            if (state == State.IDLING) {
                next = nextReissue;
            }
        }
    }
}
