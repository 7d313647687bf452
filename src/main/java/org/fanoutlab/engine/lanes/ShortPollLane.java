package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * Asks every {@code intervalSeconds}, first at half an interval; the answer — what is new, or nothing — reaches the
 * client {@code roundTripSeconds} later, like every other lane's (ADR 0007: every lane pays the same network
 * time). The half-interval phase puts the polls midway between the uniform schedule's posts' grid, so a single
 * consumer shows the textbook average wait of interval/2 (plus the round trip) instead of a seed-dependent one.
 * A changed interval leaves the poll already scheduled where it is; the ones after it use the new spacing.
 */
final class ShortPollLane extends Lane {
    ShortPollLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        next = param(LaneParam.INTERVAL_SECONDS) / 2;
    }

    @Override
    void step(double t) {
        request(t);
        if (waiting.isEmpty()) {
            empty(t);
        } else {
            deliverWaiting(Double.POSITIVE_INFINITY, t + param(LaneParam.ROUND_TRIP_SECONDS));
        }
        next = t + param(LaneParam.INTERVAL_SECONDS);
    }
}
