package org.fanoutlab.engine;

import java.util.Arrays;

/**
 * Feed opens the engine must visit one by one, by open number (a binary min-heap of longs; the number says who
 * opens and when, see {@link CheckGrid}). The same number may be queued twice; it is visited once.
 */
final class VisitQueue {
    private long[] heap = new long[16];
    private int size;

    VisitQueue() {
    }

    private VisitQueue(VisitQueue o) {
        heap = o.heap.clone();
        size = o.size;
    }

    VisitQueue copy() {
        return new VisitQueue(this);
    }

    /** Bytes a copy allocates. */
    long bytes() {
        return 8L * heap.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long peek() {
        return heap[0];
    }

    void add(long open) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (heap[parent] <= open) {
                break;
            }
            heap[k] = heap[parent];
            k = parent;
        }
        heap[k] = open;
    }

    /** Drops every queued open numbered {@code upTo} or lower. */
    void dropThrough(long upTo) {
        while (size > 0 && heap[0] <= upTo) {
            long last = heap[--size];
            int k = 0;
            while (true) {
                int l = 2 * k + 1;
                if (l >= size) {
                    break;
                }
                int r = l + 1;
                int m = r < size && heap[r] < heap[l] ? r : l;
                if (heap[m] >= last) {
                    break;
                }
                heap[k] = heap[m];
                k = m;
            }
            heap[k] = last;
        }
    }
}
