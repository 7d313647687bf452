package org.fanoutlab.playback;

import java.util.Arrays;
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.EventSink;

/**
 * Engine events kept in parallel primitive arrays, so that draining and replaying them allocates nothing
 * once the arrays have grown to the working size. Not thread-safe; owners lock around it.
 */
public final class EventBuffer implements EventSink, EventQueue<EventBuffer> {
    private static final EventKind[] KINDS = EventKind.values();

    private byte[] kind = new byte[256];
    private double[] time = new double[256];
    private int[] producer = new int[256];
    private long[] post = new long[256];
    private int[] watched = new int[256];
    private long[] count = new long[256];
    private int head;
    private int size;

    @Override
    public void accept(EventKind k, double timeSeconds, int producerIndex, long postNumber, int watchedIndex, long n) {
        if (size == kind.length) {
            grow();
        }
        kind[size] = (byte) k.ordinal();
        time[size] = timeSeconds;
        producer[size] = producerIndex;
        post[size] = postNumber;
        watched[size] = watchedIndex;
        count[size] = n;
        size++;
    }

    private void grow() {
        if (head > 0) {
            // Reuse the consumed front before growing: the buffer is a queue.
            compact();
            if (size < kind.length) {
                return;
            }
        }
        int n = kind.length * 2;
        kind = Arrays.copyOf(kind, n);
        time = Arrays.copyOf(time, n);
        producer = Arrays.copyOf(producer, n);
        post = Arrays.copyOf(post, n);
        watched = Arrays.copyOf(watched, n);
        count = Arrays.copyOf(count, n);
    }

    private void compact() {
        int n = size - head;
        System.arraycopy(kind, head, kind, 0, n);
        System.arraycopy(time, head, time, 0, n);
        System.arraycopy(producer, head, producer, 0, n);
        System.arraycopy(post, head, post, 0, n);
        System.arraycopy(watched, head, watched, 0, n);
        System.arraycopy(count, head, count, 0, n);
        head = 0;
        size = n;
    }

    /** Events not yet consumed. */
    @Override
    public int pending() {
        return size - head;
    }

    public boolean isEmpty() {
        return head == size;
    }

    /** Time of the oldest unconsumed event; only when not empty. */
    public double firstTime() {
        return time[head];
    }

    /** Hands the oldest unconsumed event to {@code sink} and consumes it. */
    public void pop(EventSink sink) {
        int i = head++;
        sink.accept(KINDS[kind[i]], time[i], producer[i], post[i], watched[i], count[i]);
        if (head == size) {
            head = 0;
            size = 0;
        }
    }

    /** Appends every unconsumed event to {@code target} and empties this buffer; returns how many moved. */
    @Override
    public int moveTo(EventBuffer target) {
        int n = size - head;
        for (int i = head; i < size; i++) {
            target.accept(KINDS[kind[i]], time[i], producer[i], post[i], watched[i], count[i]);
        }
        clear();
        return n;
    }

    @Override
    public void clear() {
        head = 0;
        size = 0;
    }
}
