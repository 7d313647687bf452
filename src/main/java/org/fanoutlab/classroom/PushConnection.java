package org.fanoutlab.classroom;

import java.util.ArrayDeque;

/**
 * One phone's push stream: the events waiting to be written to it and how its writes are going. One writer thread
 * drains it ({@link #next}, write, {@link #written}); the room offers events from any thread and never waits on a
 * phone, so a slow or dead phone only fills its own queue until the room drops it ({@link Room#tick}).
 */
public final class PushConnection {
    /** Why a stream ended early. */
    public enum End {
        /** The same participant opened a new stream (a reload, a network change). */
        REPLACED,
        /** Its queue filled up, or one write took longer than the stall limit. */
        SLOW,
        /** A write failed: the phone is gone. */
        GONE,
        /** The server is stopping. */
        STOPPED
    }

    /** Marker for a keep-alive comment; it also finds dead phones, since writing to them fails. */
    static final Object HEARTBEAT = new Object();

    private final Participant participant;
    private final Long resumedAfter;
    private final int capacity;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private long lastWriteAt;
    private long writeStartedAt = -1;
    private End end;
    private volatile Runnable abort = () -> { };

    PushConnection(Participant participant, Long resumedAfter, int capacity, long now) {
        this.participant = participant;
        this.resumedAfter = resumedAfter;
        this.capacity = capacity;
        this.lastWriteAt = now;
    }

    public Participant participant() {
        return participant;
    }

    /** The {@code Last-Event-ID} the stream was opened with; null for a fresh stream. */
    public Long resumedAfter() {
        return resumedAfter;
    }

    /**
     * What cuts the underlying connection, so that a writer stuck in a write to a dead phone is released when the
     * stream is dropped. The server sets it; without it a dropped stream ends at its next write.
     */
    public void onAbort(Runnable abort) {
        this.abort = abort;
    }

    /**
     * The next thing to write: a {@link RoomEvent} or {@link #HEARTBEAT}. Blocks until there is one.
     *
     * @param now the room clock's millis, to time the write that follows
     * @return null when the stream has ended
     */
    public synchronized Object next(long now) throws InterruptedException {
        while (pending.isEmpty() && end == null) {
            wait();
        }
        if (end != null) {
            return null;
        }
        writeStartedAt = now;
        return pending.poll();
    }

    /** The writer finished writing what {@link #next} gave it. */
    public synchronized void written(long now) {
        writeStartedAt = -1;
        lastWriteAt = now;
    }

    public synchronized End end() {
        return end;
    }

    public synchronized boolean isOpen() {
        return end == null;
    }

    public boolean isHeartbeat(Object item) {
        return item == HEARTBEAT;
    }

    /** @return false when the queue is full (the caller drops the stream) or the stream has ended */
    synchronized boolean offer(Object item) {
        if (end != null || pending.size() >= capacity) {
            return false;
        }
        pending.add(item);
        notifyAll();
        return true;
    }

    /** Replays are queued whole, past the capacity: they are bounded by the room's log, not by the phone's speed. */
    synchronized void offerReplay(Iterable<RoomEvent> events) {
        for (RoomEvent e : events) {
            pending.add(e);
        }
        notifyAll();
    }

    synchronized boolean stalled(long now, long limitMillis) {
        return end == null && writeStartedAt >= 0 && now - writeStartedAt >= limitMillis;
    }

    synchronized boolean idle(long now, long heartbeatMillis) {
        return end == null && writeStartedAt < 0 && pending.isEmpty() && now - lastWriteAt >= heartbeatMillis;
    }

    synchronized int pending() {
        return pending.size();
    }

    /**
     * Ends the stream and cuts its connection (a writer blocked in a write to a dead phone is released by that).
     *
     * @return true when this call ended the stream (so it is counted once)
     */
    boolean finish(End reason) {
        if (!markEnded(reason)) {
            return false;
        }
        if (reason != End.GONE) {
            abort.run();
        }
        return true;
    }

    /** Marks the stream ended without touching the connection: its writer already finished the response. */
    boolean markEnded(End reason) {
        synchronized (this) {
            if (end != null) {
                return false;
            }
            end = reason;
            pending.clear();
            notifyAll();
            return true;
        }
    }

    @Override
    public String toString() {
        return "PushConnection[" + participant.pseudonym() + "]";
    }
}
