package org.fanoutlab.engine;

import java.util.Arrays;
import org.fanoutlab.engine.base.ChunkedCopy;

/**
 * Posts stored once and fetched by each follower at its next feed open (pull, and hybrid celebrities), kept
 * only until every follower has fetched them — within one round of opens — so memory follows what is in flight,
 * not the length of the run (ADR 0002, "Pulled posts").
 *
 * <p>Two ways to hand a post to its followers, whichever costs less:
 * <ul>
 *   <li><b>Broadcast</b> (a large share of the simulated consumers follow it): the post is kept in a window and
 *   every consumer's next open is visited in one sweep of the ring; each visit tests its own membership. Work:
 *   one round of opens, shared by every broadcast post made in it.</li>
 *   <li><b>Addressed</b> (a small audience): the post is put in each simulated follower's pending list at once and
 *   only those followers' next opens are visited. Work: one entry per follower — 100,000 one-follower producers
 *   cost 100,000 entries, not 100,000 sweeps.</li>
 * </ul>
 * Per-consumer state is indexed by ring position ({@link CheckGrid}), the order a sweep visits consumers in, so a
 * sweep reads it front to back.
 */
final class PulledPosts {
    // Broadcast window: post k (global count) in slot k & mask.
    private long broadcastStart;
    private long broadcastEnd;
    private double[] bTime = new double[16];
    private long[] bOffset = new long[16];
    private long[] bSeq = new long[16];
    private long[] bOpen = new long[16];
    private int[] bProducer = new int[16];
    private ConsumerSample.Audience[] bAudience = new ConsumerSample.Audience[16];
    /** Per ring position: the first broadcast post its consumer has not been visited for yet (made with the first). */
    private long[] nextBroadcast;
    private final int consumers;

    // Addressed posts: a table with reference counts, and per consumer a pending list (newest first).
    private double[] aTime = new double[16];
    private long[] aSeq = new long[16];
    private int[] aProducer = new int[16];
    private int[] aRefs = new int[16];
    private int aFree = -1;
    private int aUsed;
    private int[] pendingHead;
    private int[] entryNext = new int[64];
    private int[] entryPost = new int[64];
    private long[] entryWeight = new long[64];
    private int entryFree = -1;
    private int entryUsed;
    private long pendingEntries;

    PulledPosts(int consumers) {
        this.consumers = consumers;
    }

    private PulledPosts(PulledPosts o) {
        this(o, true);
    }

    private PulledPosts(PulledPosts o, boolean perConsumer) {
        broadcastStart = o.broadcastStart;
        broadcastEnd = o.broadcastEnd;
        bTime = o.bTime.clone();
        bOffset = o.bOffset.clone();
        bSeq = o.bSeq.clone();
        bOpen = o.bOpen.clone();
        bProducer = o.bProducer.clone();
        bAudience = o.bAudience.clone(); // records: immutable, shared
        consumers = o.consumers;
        nextBroadcast = o.nextBroadcast == null || !perConsumer ? null : o.nextBroadcast.clone();
        aTime = o.aTime.clone();
        aSeq = o.aSeq.clone();
        aProducer = o.aProducer.clone();
        aRefs = o.aRefs.clone();
        aFree = o.aFree;
        aUsed = o.aUsed;
        pendingHead = o.pendingHead == null || !perConsumer ? null : o.pendingHead.clone();
        entryNext = o.entryNext.clone();
        entryPost = o.entryPost.clone();
        entryWeight = o.entryWeight.clone();
        entryFree = o.entryFree;
        entryUsed = o.entryUsed;
        pendingEntries = o.pendingEntries;
    }

    PulledPosts copy() {
        return new PulledPosts(this);
    }

    /**
     * A kept copy (a playback snapshot): the posts in flight as a plain copy, the per-consumer arrays in chunks
     * shared where they equal {@code previous}'s.
     */
    record Kept(PulledPosts rest, ChunkedCopy nextBroadcast, ChunkedCopy pendingHead) {
        /** {@code reuse}: the pulled posts of a dropped run (or null), whose arrays are filled again if they fit. */
        PulledPosts restore(PulledPosts reuse) {
            PulledPosts p = rest.copy();
            p.nextBroadcast = ChunkedCopy.toLongs(nextBroadcast, reuse == null ? null : reuse.nextBroadcast);
            p.pendingHead = ChunkedCopy.toInts(pendingHead, reuse == null ? null : reuse.pendingHead);
            return p;
        }

        long bytesBeyond(Kept previous) {
            return rest.bytes()
                    + ChunkedCopy.bytesBeyond(nextBroadcast, previous == null ? null : previous.nextBroadcast)
                    + ChunkedCopy.bytesBeyond(pendingHead, previous == null ? null : previous.pendingHead);
        }
    }

    Kept keep(Kept previous) {
        return new Kept(new PulledPosts(this, false),
                ChunkedCopy.of(nextBroadcast, previous == null ? null : previous.nextBroadcast),
                ChunkedCopy.of(pendingHead, previous == null ? null : previous.pendingHead));
    }

    /** Bytes a copy allocates. */
    long bytes() {
        long perConsumer = (nextBroadcast == null ? 0 : 8L) + (pendingHead == null ? 0 : 4);
        return perConsumer * consumers + 52L * bTime.length + 28L * aTime.length
                + 16L * entryNext.length;
    }

    // ---------------------------------------------------------------- broadcast

    /** Stores a broadcast post; {@code open} is the number of the first feed open at or after it. */
    void addBroadcast(int p, long seq, double t, long offset, ConsumerSample.Audience audience, long open) {
        if (nextBroadcast == null) {
            nextBroadcast = new long[consumers];
        }
        if (broadcastEnd - broadcastStart == bTime.length) {
            growBroadcast();
        }
        int s = slot(broadcastEnd);
        bTime[s] = t;
        bOffset[s] = offset;
        bSeq[s] = seq;
        bOpen[s] = open;
        bProducer[s] = p;
        bAudience[s] = audience;
        broadcastEnd++;
    }

    /** Forgets broadcast posts whose whole round of opens is numbered below {@code openDone}. */
    void forgetFetched(long openDone, int consumers) {
        while (broadcastStart < broadcastEnd && bOpen[slot(broadcastStart)] + consumers <= openDone) {
            bAudience[slot(broadcastStart)] = null;
            broadcastStart++;
        }
    }

    long broadcastEnd() {
        return broadcastEnd;
    }

    /** The first broadcast post the consumer at ring position {@code p} has not been handed yet; marks all handed. */
    long takeBroadcastFrom(int p) {
        if (nextBroadcast == null) {
            return broadcastEnd;
        }
        long from = nextBroadcast[p];
        nextBroadcast[p] = broadcastEnd;
        return Math.max(from, broadcastStart);
    }

    double broadcastTime(long k) {
        return bTime[slot(k)];
    }

    long broadcastOffset(long k) {
        return bOffset[slot(k)];
    }

    long broadcastFollowers(long k) {
        return bAudience[slot(k)].followers();
    }

    ConsumerSample.Audience broadcastAudience(long k) {
        return bAudience[slot(k)];
    }

    int broadcastProducer(long k) {
        return bProducer[slot(k)];
    }

    long broadcastSeq(long k) {
        return bSeq[slot(k)];
    }

    private int slot(long k) {
        return (int) (k & (bTime.length - 1));
    }

    private void growBroadcast() {
        int n = bTime.length * 2;
        double[] t = new double[n];
        long[] o = new long[n];
        long[] q = new long[n];
        long[] g = new long[n];
        int[] p = new int[n];
        ConsumerSample.Audience[] a = new ConsumerSample.Audience[n];
        for (long k = broadcastStart; k < broadcastEnd; k++) {
            int from = slot(k);
            int to = (int) (k & (n - 1));
            t[to] = bTime[from];
            o[to] = bOffset[from];
            q[to] = bSeq[from];
            g[to] = bOpen[from];
            p[to] = bProducer[from];
            a[to] = bAudience[from];
        }
        bTime = t;
        bOffset = o;
        bSeq = q;
        bOpen = g;
        bProducer = p;
        bAudience = a;
    }

    // ---------------------------------------------------------------- addressed

    /** Stores an addressed post; returns its handle for {@link #addPending}. */
    int addAddressed(int p, long seq, double t) {
        int h;
        if (aFree >= 0) {
            h = aFree;
            aFree = aRefs[h];
        } else {
            if (aUsed == aTime.length) {
                int n = aUsed * 2;
                aTime = Arrays.copyOf(aTime, n);
                aSeq = Arrays.copyOf(aSeq, n);
                aProducer = Arrays.copyOf(aProducer, n);
                aRefs = Arrays.copyOf(aRefs, n);
            }
            h = aUsed++;
        }
        aTime[h] = t;
        aSeq[h] = seq;
        aProducer[h] = p;
        aRefs[h] = 0;
        return h;
    }

    /**
     * Puts addressed post {@code post} in the pending list of the consumer at ring position {@code i}, with its
     * weight; returns true when the list was empty before (the consumer's next open must now be visited).
     */
    boolean addPending(int i, int post, long weight) {
        if (pendingHead == null) {
            pendingHead = new int[consumers];
            Arrays.fill(pendingHead, -1);
        }
        int e;
        if (entryFree >= 0) {
            e = entryFree;
            entryFree = entryNext[e];
        } else {
            if (entryUsed == entryNext.length) {
                int n = entryUsed * 2;
                entryNext = Arrays.copyOf(entryNext, n);
                entryPost = Arrays.copyOf(entryPost, n);
                entryWeight = Arrays.copyOf(entryWeight, n);
            }
            e = entryUsed++;
        }
        boolean wasEmpty = pendingHead[i] < 0;
        entryNext[e] = pendingHead[i];
        entryPost[e] = post;
        entryWeight[e] = weight;
        pendingHead[i] = e;
        aRefs[post]++;
        pendingEntries++;
        return wasEmpty;
    }

    /** Releases an addressed post that got no pending entry (none of its followers is simulated). */
    void releaseIfUnused(int post) {
        if (aRefs[post] == 0) {
            aRefs[post] = aFree;
            aFree = post;
        }
    }

    boolean hasPending(int i) {
        return pendingHead != null && pendingHead[i] >= 0;
    }

    /** Hands every pending post of the consumer at ring position {@code i} to {@code to} and empties the list. */
    void takePending(int i, PendingSink to) {
        if (pendingHead == null) {
            return;
        }
        int e = pendingHead[i];
        pendingHead[i] = -1;
        while (e >= 0) {
            int post = entryPost[e];
            to.pending(aProducer[post], aSeq[post], aTime[post], entryWeight[e]);
            int next = entryNext[e];
            entryNext[e] = entryFree;
            entryFree = e;
            pendingEntries--;
            if (--aRefs[post] == 0) {
                aRefs[post] = aFree;
                aFree = post;
            }
            e = next;
        }
    }

    /** Pending entries held now (memory in use). */
    long pendingEntries() {
        return pendingEntries;
    }

    /** Receives one pending post of a consumer being visited. */
    @FunctionalInterface
    interface PendingSink {
        void pending(int producer, long seq, double postTime, long weight);
    }
}
