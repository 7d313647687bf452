package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * A WebSocket: the server-push connection of {@link ServerPushLane} (posts arrive {@code roundTripSeconds} after
 * they are made, drops are seeded, the client reconnects after {@code reconnectDelaySeconds} and the missed posts
 * are replayed), and the client also talks: it writes {@code clientMessagesPerMinute} messages up the same
 * connection (chat lines, acks, typing notices), none of which is a request. That is what sets it apart from SSE,
 * where anything the client says needs a separate HTTP request.
 *
 * <p>The client's messages come on an even grid, {@code (k + 0.5) × 60 / rate} like short polling's phase, so
 * figures can be derived by hand. A message due while the connection is down waits in the client's outbox and
 * goes up the moment it reconnects (a WebSocket client library buffers; the message is not lost). Real clients
 * need the application to resume a subscription (WebSocket has no Last-Event-ID); the lane models an application
 * that does, so missed posts are replayed as in the SSE lane.
 */
final class WebSocketLane extends ServerPushLane {
    /** The grid's origin: sends are at {@code anchor + (k + 0.5) × period}. */
    private double anchor;
    private long k;
    private double nextSend;
    private long outbox;

    WebSocketLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        anchor = 0;
        k = 0;
        nextSend = sendAt();
    }

    @Override
    double nextTime() {
        return Math.min(super.nextTime(), nextSend);
    }

    @Override
    void step(double t) {
        // At equal times the client's message goes first: the connection event then sees it already sent.
        if (nextSend <= super.nextTime()) {
            send(t);
        } else {
            super.step(t);
        }
    }

    private void send(double t) {
        if (connected()) {
            upstream(t, 1);
        } else {
            outbox++;
        }
        k++;
        nextSend = sendAt();
        if (nextSend <= t) {
            nextSend = Math.nextUp(t);
        }
    }

    @Override
    void reconnected(double t) {
        if (outbox > 0) {
            upstream(t, outbox);
            outbox = 0;
        }
    }

    @Override
    void parameterChanged(LaneParam p, double now) {
        super.parameterChanged(p, now);
        if (p != LaneParam.CLIENT_MESSAGES_PER_MINUTE) {
            return;
        }
        double rate = param(p);
        if (rate <= 0) {
            // The message already due still goes; sendAt() gives +∞ after it.
            return;
        }
        double period = 60.0 / rate;
        if (Double.isInfinite(nextSend)) {
            anchor = now;
        } else {
            // What is scheduled stays; the new spacing starts from it.
            anchor = nextSend - 0.5 * period;
        }
        k = 0;
        nextSend = Math.max(sendAt(), Math.nextUp(now));
    }

    private double sendAt() {
        double rate = param(LaneParam.CLIENT_MESSAGES_PER_MINUTE);
        if (rate <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return anchor + (k + 0.5) * (60.0 / rate);
    }
}
