package org.fanoutlab.engine;

import org.fanoutlab.engine.base.LatencyRecorder;
import org.fanoutlab.engine.base.RowRing;
import org.fanoutlab.engine.base.RowTable;

/**
 * The shared FIFO fan-out queue (ADR 0002): one segment per pushed post, drained at {@code rate} writes a second,
 * or at the post's instant when the rate is 0. Write {@code g} (0-based, across all posts) completes at
 * {@code anchorTime + (g - anchorIndex + 1) / rate}: one formula, so any stepping gives the same times, and the
 * latencies of a stretch of writes form an arithmetic progression recorded bucket by bucket, not write by write.
 */
final class FanoutQueue {
    /** Told about every stretch of writes of one post that completes. */
    interface Sink {
        /** Writes {@code ga..gb} (global indices, inclusive) of the post in {@code slot} completed. */
        void writesDone(FanoutQueue q, int slot, long ga, long gb);
    }

    // A queued post's fields, one row of posts per post.
    private enum Longs { SEQ, COUNT, START }
    private enum Doubles { TIME }
    private enum Ints { PRODUCER, SMALL }

    private static final RowTable.Shape POST = RowTable.Shape.of(Longs.class, Doubles.class, Ints.class, null);

    private final RowRing posts;
    /** Per producer, where its followers start on the ring of consumers: shared, never written. */
    private final long[] followOffset;
    private long enqueued;
    private long done;
    private Clock clock;
    private long backlogMax;
    /** Per producer, where its latest pushed post's writes start and how many there are. */
    private final RowTable lastPush;

    /**
     * The write-time formula: write {@code g} completes at {@code anchorTime + (g - anchorIndex + 1) / rate}, or at
     * {@code anchorTime} when the rate is 0. Anchored anew when the queue starts from empty or the rate changes.
     */
    private record Clock(double rate, double anchorTime, long anchorIndex) {
        double writeTime(long g) {
            return rate == 0 ? anchorTime : anchorTime + (g - anchorIndex + 1) / rate;
        }

        /** The formula solved for the write: the (fractional) index of the last write done by {@code t}. */
        double lastIndexBy(double t) {
            return anchorIndex - 1 + (t - anchorTime) * rate;
        }
    }

    private enum PushLongs { START, COUNT }

    private static final RowTable.Shape PUSH = RowTable.Shape.of(PushLongs.class, null, null, null);

    FanoutQueue(long[] followOffset, double rate) {
        this.followOffset = followOffset;
        clock = new Clock(rate, 0, 0);
        posts = new RowRing(16, POST);
        lastPush = new RowTable(followOffset.length, PUSH);
    }

    private FanoutQueue(FanoutQueue o) {
        posts = o.posts.copy();
        followOffset = o.followOffset;
        enqueued = o.enqueued;
        done = o.done;
        clock = o.clock;
        backlogMax = o.backlogMax;
        lastPush = o.lastPush.copy();
    }

    FanoutQueue copy() {
        return new FanoutQueue(this);
    }

    /** Bytes a copy allocates. */
    long bytes() {
        return 40L * posts.capacity() + 16L * lastPush.capacity();
    }

    long backlog() {
        return enqueued - done;
    }

    boolean isEmpty() {
        return done >= enqueued;
    }

    long backlogMax() {
        return backlogMax;
    }

    double rate() {
        return clock.rate();
    }

    long seq(int slot) {
        return posts.getLong(slot, Longs.SEQ);
    }

    int producer(int slot) {
        return posts.getInt(slot, Ints.PRODUCER);
    }

    long offset(int slot) {
        return followOffset[producer(slot)];
    }

    long followers(int slot) {
        return posts.getLong(slot, Longs.COUNT);
    }

    /** Global index of the post's first write. */
    long start(int slot) {
        return posts.getLong(slot, Longs.START);
    }

    /** Whether the post's simulated audience is small (its readers are visited one by one, not by a sweep). */
    boolean small(int slot) {
        return posts.getFlag(slot, Ints.SMALL);
    }

    /** A pushed post of {@code followers} writes joins the queue at {@code t}. */
    void enqueue(int p, long postSeq, double t, long followers, boolean smallAudience) {
        if (done == enqueued) {
            clock = new Clock(clock.rate(), t, enqueued);
        }
        int slot = posts.addLast();
        posts.setLong(slot, Longs.SEQ, postSeq);
        posts.setInt(slot, Ints.PRODUCER, p);
        posts.setDouble(slot, Doubles.TIME, t);
        posts.setLong(slot, Longs.COUNT, followers);
        posts.setLong(slot, Longs.START, enqueued);
        posts.setFlag(slot, Ints.SMALL, smallAudience);
        lastPush.setLong(p, PushLongs.START, enqueued);
        lastPush.setLong(p, PushLongs.COUNT, followers);
        enqueued += followers;
        if (clock.rate() > 0) {
            backlogMax = Math.max(backlogMax, enqueued - done);
        }
    }

    /** Writes still queued continue at the new rate from {@code now}; the caller completes them all when it is 0. */
    void setRate(double now, double writesPerSecond) {
        clock = new Clock(writesPerSecond, now, done);
    }

    /** How far the fan-out of this producer's latest pushed post has got, 0 to 1 (1 when none is queued). */
    double progress(int p) {
        long c = lastPush.getLong(p, PushLongs.COUNT);
        if (c <= 0) {
            return 1.0;
        }
        double f = (double) (done - lastPush.getLong(p, PushLongs.START)) / c;
        return Math.max(0.0, Math.min(1.0, f));
    }

    /** Completion time of global write {@code g}. */
    double writeTime(long g) {
        return clock.writeTime(g);
    }

    /** Completes every queued write whose time is before {@code x} (or at it, when inclusive), oldest first. */
    void process(double x, boolean inclusive, Sink sink) {
        if (done >= enqueued) {
            return;
        }
        long last = lastWriteBy(x, inclusive);
        while (done <= last) {
            int slot = posts.first();
            long segEnd = start(slot) + followers(slot) - 1;
            long end = Math.min(segEnd, last);
            long from = done;
            done = end + 1;
            sink.writesDone(this, slot, from, end);
            if (done > segEnd) {
                posts.removeFirst();
            }
        }
    }

    /** The last queued write completing before {@code x} (or at it, when inclusive); below {@code done} if none. */
    private long lastWriteBy(double x, boolean inclusive) {
        if (clock.rate() == 0) {
            return enqueued - 1;
        }
        double est = clock.lastIndexBy(x);
        long g = est >= enqueued - 1 ? enqueued - 1 : (long) Math.floor(Math.max(est, done - 1));
        while (g + 1 < enqueued && within(writeTime(g + 1), x, inclusive)) {
            g++;
        }
        while (g >= done && !within(writeTime(g), x, inclusive)) {
            g--;
        }
        return g;
    }

    private static boolean within(double t, double x, boolean inclusive) {
        return inclusive ? t <= x : t < x;
    }

    /**
     * Records the latencies of writes {@code ga..gb} of the post in {@code slot} (they grow by 1/rate each) as one
     * count per histogram bucket, plus their exact sum and range.
     */
    void recordLatencies(LatencyRecorder h, int slot, long ga, long gb) {
        double postTime = posts.getDouble(slot, Doubles.TIME);
        long n = gb - ga + 1;
        double first = writeTime(ga) - postTime;
        double lastLatency = writeTime(gb) - postTime;
        Clock c = clock;
        if (c.rate() == 0) {
            h.record(first, n);
            return;
        }
        // latency of write g: (anchorTime - postTime) + (g - anchorIndex + 1) / rate
        h.addProgression(n, c.anchorTime() - postTime, ga - c.anchorIndex() + 1, c.rate(), first, lastLatency);
        long g = ga;
        while (g <= gb) {
            long v = latencyMicros(g, postTime);
            long hi = h.bucketTop(v);
            // The last write whose latency rounds to at most hi, solved from the write-time formula; the loops
            // below only fix floating-point edges.
            double lastG = c.lastIndexBy(postTime + (hi + 0.5) / 1e6);
            long e = lastG >= gb ? gb : Math.max(g, (long) Math.floor(lastG));
            while (e < gb && latencyMicros(e + 1, postTime) <= hi) {
                e++;
            }
            while (e > g && latencyMicros(e, postTime) > hi) {
                e--;
            }
            h.recordInBucket(v, e - g + 1);
            g = e + 1;
        }
    }

    private long latencyMicros(long g, double postTime) {
        return LatencyRecorder.micros(writeTime(g) - postTime);
    }
}
