package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * One open connection (an SSE stream; {@link WebSocketLane} adds the client's own messages) that the server writes
 * each post into; it arrives {@code roundTripSeconds} later. The connection breaks at random (a seeded Poisson process of
 * {@code dropsPerHour}); the client reconnects {@code reconnectDelaySeconds} later with its last event id, and the
 * server replays the posts made meanwhile ({@link #waiting}). A reconnect counts as a request.
 */
class ServerPushLane extends Lane {
    private boolean connected;

    ServerPushLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        connect(0);
    }

    /** While connected the next event is a drop; while not, the reconnect, which replays what is {@link #waiting}. */
    @Override
    void step(double t) {
        if (connected) {
            connected = false;
            closed();
            events.add(LaneEventKind.DISCONNECTED, t, index, -1, 0);
            next = t + param(LaneParam.RECONNECT_DELAY_SECONDS);
            if (next <= t) {
                next = Math.nextUp(t);
            }
        } else {
            int n = waiting.size();
            connect(t);
            events.add(LaneEventKind.RECONNECTED, t, index, -1, n);
            replays += deliverWaiting(Double.POSITIVE_INFINITY, t + param(LaneParam.ROUND_TRIP_SECONDS));
            reconnected(t);
        }
    }

    /** The connection is back at {@code t} and the missed posts are on their way; subclasses add their part. */
    void reconnected(double t) {
    }

    final boolean connected() {
        return connected;
    }

    @Override
    void onPost(long seq, double t) {
        if (connected) {
            arrived(seq, t);
            deliver(seq, t, t + param(LaneParam.ROUND_TRIP_SECONDS));
        } else {
            enqueue(seq, t);
        }
    }

    @Override
    void parameterChanged(LaneParam p, double now) {
        if (p == LaneParam.DROPS_PER_HOUR && connected) {
            // Drops are memoryless, so redrawing the next one from now is the same process at the new rate.
            next = drawDrop(now);
        }
    }

    private void connect(double t) {
        request(t);
        connected = true;
        opened();
        next = drawDrop(t);
    }

    private double drawDrop(double t) {
        double perHour = param(LaneParam.DROPS_PER_HOUR);
        if (perHour <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double at = t + random.exponential(3600.0 / perHour);
        return at > t ? at : Math.nextUp(t);
    }
}
