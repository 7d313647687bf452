package org.fanoutlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The consumers the stage draws, whose every check and write is reported as an event. They are picked
 * round-robin over producers at evenly spread positions of each producer's fan-out, so the stage sees early and
 * late receivers of each. Fixed once chosen; only the scratch arrays for ordering a batch of writes change.
 */
final class WatchedConsumers {
    private final int[] index;
    private final int[] sorted;
    private final int[] sortedSlot;
    private final long[] chunkPos;
    private final int[] chunkSlot;

    private WatchedConsumers(int[] index) {
        this.index = index;
        sorted = index.clone();
        Arrays.sort(sorted);
        sortedSlot = new int[index.length];
        for (int k = 0; k < index.length; k++) {
            for (int s = 0; s < index.length; s++) {
                if (index[s] == sorted[k]) {
                    sortedSlot[k] = s;
                    break;
                }
            }
        }
        chunkPos = new long[index.length];
        chunkSlot = new int[index.length];
    }

    private WatchedConsumers(WatchedConsumers o) {
        index = o.index;
        sorted = o.sorted;
        sortedSlot = o.sortedSlot;
        chunkPos = new long[index.length];
        chunkSlot = new int[index.length];
    }

    WatchedConsumers copy() {
        return new WatchedConsumers(this);
    }

    static WatchedConsumers choose(Scenario s, ConsumerSample sample, long[] followOffset, int want) {
        int n = sample.size();
        int k = Math.max(0, Math.min(want, n));
        int[] out = new int[k];
        if (k == 0) {
            return new WatchedConsumers(out);
        }
        int producers = s.producers().size();
        boolean[] taken = new boolean[n];
        int perProducer = (k + producers - 1) / producers;
        for (int j = 0; j < k; j++) {
            int p = j % producers;
            int r = j / producers;
            long f = s.producers().get(p).followers();
            long pos = (long) ((r + 0.5) * f / perProducer);
            long id = (followOffset[p] + pos) % s.consumers();
            int i = sample.indexAtOrAfter(id);
            if (i >= n) {
                i = 0;
            }
            while (taken[i]) {
                i = (i + 1) % n;
            }
            taken[i] = true;
            out[j] = i;
        }
        return new WatchedConsumers(out);
    }

    int count() {
        return index.length;
    }

    int consumer(int slot) {
        return index[slot];
    }

    /** The watched slot of simulated consumer {@code i}, or -1. */
    int slotOf(int i) {
        if (sorted.length == 0) {
            return -1;
        }
        int k = Arrays.binarySearch(sorted, i);
        return k >= 0 ? sortedSlot[k] : -1;
    }

    List<WatchedConsumer> describe(Scenario s, ConsumerSample sample, long[] followOffset) {
        List<WatchedConsumer> out = new ArrayList<>(index.length);
        for (int i : index) {
            long id = sample.id(i);
            List<Integer> followees = new ArrayList<>();
            for (int p = 0; p < followOffset.length; p++) {
                if (sample.follows(id, followOffset[p], s.producers().get(p).followers())) {
                    followees.add(p);
                }
            }
            out.add(new WatchedConsumer(id, followees));
        }
        return out;
    }

    /** {@code WRITE_DONE} for the watched followers among fan-out positions {@code ja..jb} of one pushed post. */
    void writesDone(EventRing events, FanoutQueue q, int slot, long ja, long jb, ConsumerSample sample) {
        long off = q.offset(slot);
        long f = q.followers(slot);
        int k = 0;
        for (int w = 0; w < index.length; w++) {
            long pos = sample.id(index[w]) - off;
            if (pos < 0) {
                pos += sample.consumers();
            }
            if (pos < f && pos >= ja && pos <= jb) {
                // insertion by fan-out position, which is completion order
                int j = k - 1;
                while (j >= 0 && chunkPos[j] > pos) {
                    chunkPos[j + 1] = chunkPos[j];
                    chunkSlot[j + 1] = chunkSlot[j];
                    j--;
                }
                chunkPos[j + 1] = pos;
                chunkSlot[j + 1] = w;
                k++;
            }
        }
        long start = q.start(slot);
        for (int j = 0; j < k; j++) {
            events.add(EventKind.WRITE_DONE, q.writeTime(start + chunkPos[j]), q.producer(slot), q.seq(slot),
                    chunkSlot[j], 1);
        }
    }
}
