package org.fanoutlab.classroom;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** The room's traffic counters; written by many server threads, read by the panel's polling. */
public final class RoomTraffic {
    private final AtomicInteger connectionsHeld = new AtomicInteger();
    private final LongAdder eventsPushed = new LongAdder();
    private final LongAdder requestsAnswered = new LongAdder();
    private final LongAdder connectionsDropped = new LongAdder();

    void connectionOpened() {
        connectionsHeld.incrementAndGet();
    }

    void connectionReleased() {
        connectionsHeld.decrementAndGet();
    }

    void connectionDropped() {
        connectionsDropped.increment();
    }

    public void eventPushed() {
        eventsPushed.increment();
    }

    public void requestAnswered() {
        requestsAnswered.increment();
    }

    public TrafficSnapshot snapshot() {
        return new TrafficSnapshot(connectionsHeld.get(), eventsPushed.sum(), requestsAnswered.sum(),
                connectionsDropped.sum());
    }
}
