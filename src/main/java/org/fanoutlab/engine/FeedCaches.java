package org.fanoutlab.engine;

import org.fanoutlab.engine.base.ChunkedCopy;

/**
 * Each simulated consumer's feed cache, as counters (ADR 0002, "No cache contents"): pushed writes received,
 * and how many of them its last check had seen. Cache fill is {@code min(received, capacity)}, and a write to a
 * full cache is one eviction, weighted like the write.
 */
final class FeedCaches {
    /** Called for a consumer whose cache just got its first entry its next check has not seen. */
    @FunctionalInterface
    interface Unseen {
        void firstUnseen(int consumer);
    }

    private final int[] received;
    /** Allocated the first time a check reads a cache (hybrid): push and pull never need it. */
    private int[] lastSeen;

    FeedCaches(int consumers) {
        received = new int[consumers];
    }

    private FeedCaches(FeedCaches o) {
        received = o.received.clone();
        lastSeen = o.lastSeen == null ? null : o.lastSeen.clone();
    }

    private FeedCaches(int[] received, int[] lastSeen) {
        this.received = received;
        this.lastSeen = lastSeen;
    }

    /** A kept copy (a playback snapshot): the counters in chunks, shared where they equal {@code previous}'s. */
    record Kept(ChunkedCopy received, ChunkedCopy lastSeen) {
        /** {@code reuse}: the caches of a dropped run (or null), whose arrays are filled again if they fit. */
        FeedCaches restore(FeedCaches reuse) {
            return new FeedCaches(ChunkedCopy.toInts(received, reuse == null ? null : reuse.received),
                    ChunkedCopy.toInts(lastSeen, reuse == null ? null : reuse.lastSeen));
        }

        long bytesBeyond(Kept previous) {
            return ChunkedCopy.bytesBeyond(received, previous == null ? null : previous.received)
                    + ChunkedCopy.bytesBeyond(lastSeen, previous == null ? null : previous.lastSeen);
        }
    }

    Kept keep(Kept previous) {
        return new Kept(ChunkedCopy.of(received, previous == null ? null : previous.received),
                ChunkedCopy.of(lastSeen, previous == null ? null : previous.lastSeen));
    }

    private int[] seen() {
        if (lastSeen == null) {
            lastSeen = new int[received.length];
        }
        return lastSeen;
    }

    /** Bytes a copy allocates. */
    long bytes() {
        return (lastSeen == null ? 4L : 8L) * received.length;
    }

    FeedCaches copy() {
        return new FeedCaches(this);
    }

    /**
     * Fan-out positions {@code ja..jb} of a post to {@code followers} ids from {@code offset} land in their simulated
     * followers' caches (the id range may wrap round the population); returns the weighted evictions.
     */
    long land(ConsumerSample sample, long offset, long followers, long ja, long jb, int capacity, Unseen unseen) {
        long c = sample.consumers();
        ConsumerSample.Audience weights = sample.isExact() ? null : sample.audience(offset, followers);
        long a = offset + ja;
        if (a >= c) {
            a -= c;
        }
        long end = a + (jb - ja + 1);
        long ev = write(sample.indexAtOrAfter(a), sample.indexAtOrAfter(Math.min(end, c)), capacity, sample, weights,
                unseen);
        if (end > c) {
            ev += write(0, sample.indexAtOrAfter(end - c), capacity, sample, weights, unseen);
        }
        return ev;
    }

    /**
     * One cache write to each simulated consumer with index in {@code [from, to)}; returns the evictions.
     * {@code audience} gives the writes' weights in a sampled run (null: every weight is 1); {@code unseen}, when
     * not null, hears of consumers whose next check becomes useful.
     */
    long write(int from, int to, int capacity, ConsumerSample sample, ConsumerSample.Audience audience,
            Unseen unseen) {
        int[] r = received;
        long ev = 0;
        if (audience == null && unseen == null) {
            // the hot loop of push: one increment per write
            for (int i = from; i < to; i++) {
                int v = r[i] + 1;
                r[i] = v;
                ev += v > capacity ? 1 : 0;
            }
            return ev;
        }
        int[] s = unseen == null ? null : seen();
        for (int i = from; i < to; i++) {
            int v = r[i] + 1;
            r[i] = v;
            if (v > capacity) {
                ev += audience == null ? 1 : audience.weight(sample, i);
            }
            if (s != null && v - s[i] == 1) {
                unseen.firstUnseen(i);
            }
        }
        return ev;
    }

    /** Pushed entries consumer {@code i} has not seen at a check yet; marks them seen. */
    int takeUnseen(int i) {
        int[] s = seen();
        int n = received[i] - s[i];
        s[i] = received[i];
        return n;
    }

    /** Everything in every cache counts as seen (a switch to hybrid: entries from before are not news). */
    void markAllSeen() {
        System.arraycopy(received, 0, seen(), 0, received.length);
    }

    /** A smaller capacity evicts each cache's oldest entries beyond it now; returns the weighted evictions. */
    long shrink(int oldCapacity, int newCapacity, ConsumerSample sample) {
        long ev = 0;
        int[] lastSeen = seen();
        for (int i = 0; i < received.length; i++) {
            int r = received[i];
            int unread = r - lastSeen[i];
            int fill = Math.min(r, oldCapacity);
            int kept = Math.min(fill, newCapacity);
            ev += (long) (fill - kept) * sample.weight(i);
            received[i] = kept;
            lastSeen[i] = kept - unread;
        }
        return ev;
    }
}
