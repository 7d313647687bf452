package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * One open connection (an SSE stream; {@link WebSocketLane} adds the client's own messages) that the server writes
 * each post into; it arrives {@code roundTripSeconds} later. The connection breaks at random (a seeded Poisson process of
 * {@code dropsPerHour}); the client reconnects {@code reconnectDelaySeconds} later with its last event id, and the
 * server replays the posts made meanwhile. A reconnect counts as a request.
 */
class ServerPushLane extends Lane {
    private final PostQueue missed;
    private boolean connected;
    private double nextDrop;
    private double reconnectAt;

    ServerPushLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        missed = new PostQueue();
        connect(0);
    }

    ServerPushLane(ServerPushLane o, LaneEventRing events) {
        super(o, events);
        missed = o.missed.copy();
        connected = o.connected;
        nextDrop = o.nextDrop;
        reconnectAt = o.reconnectAt;
    }

    @Override
    Lane copy(LaneEventRing events) {
        return new ServerPushLane(this, events);
    }

    @Override
    double nextTime() {
        return connected ? nextDrop : reconnectAt;
    }

    @Override
    void step(double t) {
        if (connected) {
            connected = false;
            closed();
            events.add(LaneEventKind.DISCONNECTED, t, index, -1, 0);
            reconnectAt = t + param(LaneParam.RECONNECT_DELAY_SECONDS);
            if (reconnectAt <= t) {
                reconnectAt = Math.nextUp(t);
            }
        } else {
            int n = missed.size();
            connect(t);
            events.add(LaneEventKind.RECONNECTED, t, index, -1, n);
            double arrive = t + param(LaneParam.ROUND_TRIP_SECONDS);
            while (!missed.isEmpty()) {
                replays++;
                deliver(missed.headSeq(), missed.headTime(), arrive);
                missed.removeHead();
            }
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
        arrived(seq, t);
        if (connected) {
            deliver(seq, t, t + param(LaneParam.ROUND_TRIP_SECONDS));
        } else {
            missed.add(t, seq);
        }
    }

    @Override
    void parameterChanged(LaneParam p, double now) {
        if (p == LaneParam.DROPS_PER_HOUR && connected) {
            // Drops are memoryless, so redrawing the next one from now is the same process at the new rate.
            nextDrop = drawDrop(now);
        }
    }

    private void connect(double t) {
        request(t);
        connected = true;
        opened();
        nextDrop = drawDrop(t);
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
