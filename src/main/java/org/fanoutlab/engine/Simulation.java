package org.fanoutlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * One run of a scenario, advanced only when its owner asks (DESIGN.md §2). Not thread-safe: one thread at a
 * time drives it (the UI keeps it on a worker thread, the CLI and tests on their own).
 *
 * <p>Live changes ({@code set…}) take effect from {@link #now()} on: what has already happened stays as it was.
 *
 * <p>How it works (see docs/decisions/0002-engine-semantics.md): a discrete-event loop over three sources, in
 * strict time order — posts (one next-post time per producer), consumer checks ({@link CheckSchedule}) and
 * series-bucket boundaries — while the shared FIFO fan-out queue is drained analytically between events: write
 * {@code g} (0-based, across all posts) completes at {@code anchor + (g - anchorIndex + 1) / rate}, so latencies
 * of a whole stretch of writes are an arithmetic progression recorded into HdrHistogram bucket by bucket. At
 * equal times: bucket boundary, then posts, then writes completing at that instant, then checks.
 *
 * <p>Consumers: up to {@link Limits#EXACT_CONSUMER_LIMIT} every consumer is simulated. Above it a systematic
 * sample is simulated — every {@code weight}-th consumer id from a seeded start — and each sampled consumer
 * stands for {@code weight} consumers in check, eviction and pull-delivery figures ({@code sampled: true}).
 * Pushed writes are counted, and their latencies recorded, for every follower at every size.
 */
public final class Simulation {
    private static final double MICROS = 1e6;
    private static final long MAX_LATENCY_MICROS = (long) ((Limits.MAX_DURATION_SECONDS + 86_400) * MICROS);
    private static final int SERIES_BUCKETS = 600;

    private Scenario sc;
    private final double duration;
    private final long consumers;
    private final int producerCount;

    // Sampling: simulated consumer i has id offset + i * weight.
    private final long weight;
    private final long sampleOffset;
    private final int simulated;

    // Who follows whom: producer p's followers are ids [followOffset[p], followOffset[p] + followers) mod consumers.
    private final long[] followOffset;

    // Post schedule.
    private final double[] nextPost;
    private final long[] uniformK;
    private final SplittableRandom[] poissonRandom;
    private double minPostTime = Double.POSITIVE_INFINITY;
    private int minPostProducer = -1;

    // Per simulated consumer (primitive arrays; no cache contents, counters suffice for the metrics).
    private final int[] received;      // pushed writes received (cache fill = min(received, capacity))
    private final int[] lastSeen;      // received at the consumer's previous check
    private final int[] nextPulled;    // first pulled post the consumer has not fetched yet
    private int[] followeeCount;       // producers followed now
    private int[] celebrityFolloweeCount; // celebrity producers followed now (hybrid read queries)
    private CheckSchedule checkSchedule; // built when checks are first needed (push sends none)
    private final long checkSeed;

    // Posts stored with their producer (pulled), in time order.
    private int pulledCount;
    private double[] pulledTime = new double[64];
    private long[] pulledOff = new long[64];
    private long[] pulledAudience = new long[64];
    private int[] pulledProducer = new int[64];
    private long[] pulledSeq = new long[64];
    // The same posts indexed by producer, so that a check far behind can go producer by producer.
    private final int[][] pulledOfProducer;
    private final int[] pulledOfProducerCount;
    private final long[] pulledMaxAudience;
    private final int[] producersWithPulled;
    private int producersWithPulledCount;

    // The shared FIFO fan-out queue: one segment per pushed post.
    private int segHead;
    private int segSize;
    private long[] segSeq = new long[16];
    private int[] segProducer = new int[16];
    private double[] segTime = new double[16];
    private long[] segOff = new long[16];
    private long[] segCount = new long[16];
    private long[] segStart = new long[16];
    private long enqueued;
    private long done;
    private double rate;
    private double anchorTime;
    private long anchorIndex;
    private final long[] lastPushStart;
    private final long[] lastPushCount;

    // Totals (…S fields count simulated consumers; multiply by weight for the population).
    private long posts;
    private long totalPairs;
    private long cacheWrites;
    private long pushDeliveries;
    private long pullDeliveriesS;
    private long checksS;
    private long emptyS;
    private long usefulS;
    private long readQueriesS;
    private long evictionsS;
    private long backlogMax;
    private long maxLatencyMicros;
    private final Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);

    // Series.
    private final double bucketSeconds;
    private long bucketIndex;
    private final List<SeriesPoint> closedBuckets = new ArrayList<>();
    private long bCacheWrites;
    private long bChecksS;
    private long bEmptyS;
    private long bUsefulS;
    private long bReadQueriesS;
    private long bPushDeliveries;
    private long bPullDeliveriesS;
    private final Histogram bucketLatency = new Histogram(MAX_LATENCY_MICROS, 2);

    // Watched consumers and events.
    private final int[] watchedIndex;        // simulated index per watched slot
    private final int[] watchedSorted;       // simulated indices, sorted
    private final int[] watchedSortedSlot;   // slot of watchedSorted[k]
    private final long[] chunkPos;
    private final int[] chunkSlot;
    private final EventRing events;

    private double now;
    private long elapsedNanos;

    /** A run with no watched consumers: metrics and series only. */
    public Simulation(Scenario scenario) {
        this(scenario, 0, 0);
    }

    /**
     * @param watchedConsumers how many consumers to report events for (chosen deterministically from the seed,
     *                         so that they follow a mix of the producers); 0 for none
     * @param eventCapacity    events kept between two drains; older ones are dropped and counted
     */
    public Simulation(Scenario scenario, int watchedConsumers, int eventCapacity) {
        long t0 = System.nanoTime();
        this.sc = scenario;
        this.duration = scenario.durationSeconds();
        this.consumers = scenario.consumers();
        this.producerCount = scenario.producers().size();
        SplittableRandom root = new SplittableRandom(scenario.seed());

        followOffset = new long[producerCount];
        for (int p = 0; p < producerCount; p++) {
            followOffset[p] = root.nextLong(consumers);
        }
        if (consumers <= Limits.EXACT_CONSUMER_LIMIT) {
            weight = 1;
            sampleOffset = 0;
            simulated = (int) consumers;
        } else {
            weight = consumers / Limits.MIN_SAMPLE;
            sampleOffset = root.nextLong(weight);
            simulated = (int) ((consumers - 1 - sampleOffset) / weight + 1);
        }

        pulledOfProducer = new int[producerCount][];
        pulledOfProducerCount = new int[producerCount];
        pulledMaxAudience = new long[producerCount];
        producersWithPulled = new int[producerCount];
        nextPost = new double[producerCount];
        uniformK = new long[producerCount];
        poissonRandom = new SplittableRandom[producerCount];
        for (int p = 0; p < producerCount; p++) {
            poissonRandom[p] = new SplittableRandom(root.nextLong());
            nextPost[p] = firstPostAtOrAfter(p, 0.0);
        }
        recomputeMinPost();

        received = new int[simulated];
        lastSeen = new int[simulated];
        nextPulled = new int[simulated];
        recomputeFollowees();
        checkSeed = root.nextLong();
        if (scenario.model() != Model.PUSH) {
            checkSchedule = newCheckSchedule();
        }

        rate = scenario.fanoutWritesPerSecond();
        lastPushStart = new long[producerCount];
        lastPushCount = new long[producerCount];

        bucketSeconds = Math.max(1.0, duration / SERIES_BUCKETS);

        int want = Math.max(0, Math.min(watchedConsumers, simulated));
        watchedIndex = chooseWatched(want);
        watchedSorted = watchedIndex.clone();
        Arrays.sort(watchedSorted);
        watchedSortedSlot = new int[want];
        for (int k = 0; k < want; k++) {
            watchedSortedSlot[k] = indexOf(watchedIndex, watchedSorted[k]);
        }
        chunkPos = new long[want];
        chunkSlot = new int[want];
        events = new EventRing(eventCapacity);
        elapsedNanos += System.nanoTime() - t0;
    }

    /** Runs a scenario start to end. */
    public static Report run(Scenario scenario) {
        return new Simulation(scenario).runToEnd();
    }

    /** The scenario as it stands now, with every live change applied. */
    public Scenario scenario() {
        return sc;
    }

    /** Simulated seconds reached so far. */
    public double now() {
        return now;
    }

    public boolean isFinished() {
        return now >= duration;
    }

    /** The length of one {@link #series()} bucket: duration / 600, at least 1 s. */
    public double bucketSeconds() {
        return bucketSeconds;
    }

    /** How many consumers each simulated consumer stands for (1 when every consumer is simulated). */
    public long sampleWeight() {
        return weight;
    }

    /** Processes everything that happens before {@code simSeconds} (clamped to the run's duration). */
    public void advanceTo(double simSeconds) {
        double target = Math.min(simSeconds, duration);
        if (!(target > now)) {
            return;
        }
        long t0 = System.nanoTime();
        while (true) {
            double tb = (bucketIndex + 1) * bucketSeconds;
            double tp = minPostTime;
            double tc = sc.model() == Model.PUSH ? Double.POSITIVE_INFINITY : checkSchedule.topTime();
            if (tb <= target && tb <= tp && tb <= tc) {
                processWrites(tb, false);
                closeBucket();
                continue;
            }
            double te = Math.min(tp, tc);
            if (!(te < target)) {
                break;
            }
            if (tp <= tc) {
                processWrites(tp, true);
                makePost(minPostProducer, tp);
            } else {
                // No queue processing here: the check looks ahead at the writes due for its own consumer.
                check(checkSchedule.topConsumer(), tc);
            }
        }
        processWrites(target, false);
        now = target;
        elapsedNanos += System.nanoTime() - t0;
    }

    /** The metrics at {@link #now()}. */
    public Metrics metrics() {
        long checks = checksS * weight;
        long empty = emptyS * weight;
        long useful = usefulS * weight;
        long deliveries = pushDeliveries + pullDeliveriesS * weight;
        return new Metrics(
                now,
                posts,
                cacheWrites,
                posts == 0 ? 0.0 : (double) cacheWrites / posts,
                checks,
                empty,
                useful,
                useful == 0 ? 0.0 : (double) empty / useful,
                readQueriesS * weight,
                deliveries,
                latencySummary(),
                enqueued - done,
                backlogMax,
                evictionsS * weight,
                Math.max(0, totalPairs - deliveries),
                weight > 1);
    }

    /** Advances to the end and reports, including the engine's wall time. */
    public Report runToEnd() {
        advanceTo(duration);
        return new Report(sc, metrics(), elapsedNanos / 1e9);
    }

    /** Wall time spent in the engine so far, in seconds. */
    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }

    /**
     * The time series so far, oldest bucket first (a copy). Buckets are {@link #bucketSeconds()} long; the last
     * point is the bucket in progress, cut at {@link #now()} (its {@code bucketSeconds} is shorter).
     */
    public List<SeriesPoint> series() {
        List<SeriesPoint> out = new ArrayList<>(closedBuckets.size() + 1);
        out.addAll(closedBuckets);
        double start = bucketIndex * bucketSeconds;
        if (now > start) {
            out.add(currentBucket(start, now - start));
        }
        return out;
    }

    /**
     * Hands every event recorded since the last drain to {@code sink}, in time order; returns how many. The sink
     * must not advance or change the simulation while it is being called.
     */
    public int drainEvents(EventSink sink) {
        return events.drain(sink);
    }

    /** Events lost because more than the event capacity piled up between two drains. */
    public long droppedEvents() {
        return events.dropped();
    }

    public List<WatchedConsumer> watched() {
        List<WatchedConsumer> out = new ArrayList<>(watchedIndex.length);
        for (int i : watchedIndex) {
            long id = idOf(i);
            List<Integer> followees = new ArrayList<>();
            for (int p = 0; p < producerCount; p++) {
                if (follows(id, followOffset[p], sc.producers().get(p).followers())) {
                    followees.add(p);
                }
            }
            out.add(new WatchedConsumer(id, followees));
        }
        return out;
    }

    /**
     * How far the fan-out of this producer's latest pushed post has got, 0 to 1 (1 when it has no post
     * in the queue); lets the stage fill the crowd of unwatched followers.
     */
    public double fanoutProgress(int producer) {
        long count = lastPushCount[producer];
        if (count <= 0) {
            return 1.0;
        }
        double f = (double) (done - lastPushStart[producer]) / count;
        return Math.max(0.0, Math.min(1.0, f));
    }

    public void setModel(Model model) {
        if (model == sc.model()) {
            return;
        }
        boolean wasChecking = sc.model() != Model.PUSH;
        sc = sc.withModel(model);
        if (!wasChecking && model != Model.PUSH) {
            // Consumers sent no checks while in push; they resume on their own grid from now.
            if (checkSchedule == null) {
                checkSchedule = newCheckSchedule();
            }
            checkSchedule.fastForward(now, sc.pollIntervalSeconds());
        }
    }

    /** Each consumer's already scheduled next check stays; the ones after it are this far apart. */
    public void setPollIntervalSeconds(double seconds) {
        double old = sc.pollIntervalSeconds();
        sc = sc.withPollIntervalSeconds(seconds);
        if (seconds < old && checkSchedule != null) {
            checkSchedule.intervalShortened();
        }
    }

    /** Applies to posts made from now on (and to the read queries of later checks). */
    public void setCelebrityThreshold(long followers) {
        sc = sc.withCelebrityThreshold(followers);
        recomputeFollowees();
    }

    /** Writes still in the queue continue at the new rate from now; 0 completes them all now. */
    public void setFanoutWritesPerSecond(double writesPerSecond) {
        sc = sc.withFanoutWritesPerSecond(writesPerSecond);
        anchorTime = now;
        anchorIndex = done;
        rate = writesPerSecond;
        if (rate == 0) {
            processWrites(now, true);
        }
    }

    /** A smaller cache evicts its oldest entries beyond the new capacity now (counted in evictions). */
    public void setCacheCapacity(int entries) {
        int old = sc.cacheCapacity();
        sc = sc.withCacheCapacity(entries);
        for (int i = 0; i < simulated; i++) {
            int r = received[i];
            int unread = r - lastSeen[i];
            int fill = Math.min(r, old);
            int kept = Math.min(fill, entries);
            evictionsS += fill - kept;
            received[i] = kept;
            lastSeen[i] = kept - unread;
        }
    }

    /** Applies to posts made from now on; earlier posts keep the audience they had. */
    public void setFollowers(int producer, long followers) {
        sc = sc.withProducer(producer, sc.producers().get(producer).withFollowers(followers));
        recomputeFollowees();
    }

    /** The producer's next post is rescheduled from now at the new pace (0 stops it posting). */
    public void setPostsPerHour(int producer, double postsPerHour) {
        sc = sc.withProducer(producer, sc.producers().get(producer).withPostsPerHour(postsPerHour));
        nextPost[producer] = firstPostAtOrAfter(producer, now);
        recomputeMinPost();
    }

    /** Same seed whenever it is built, so a run that starts in push and switches gets the same phases. */
    private CheckSchedule newCheckSchedule() {
        return new CheckSchedule(simulated, sc.pollIntervalSeconds(), new SplittableRandom(checkSeed));
    }

    // ---------------------------------------------------------------- posts

    private double firstPostAtOrAfter(int p, double t) {
        Producer pr = sc.producers().get(p);
        double pph = pr.postsPerHour();
        if (pph <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double gap = 3600.0 / pph;
        if (pr.schedule() == Schedule.UNIFORM) {
            long k = (long) Math.max(0, Math.ceil(t / gap - 0.5));
            while ((k + 0.5) * gap < t) {
                k++;
            }
            while (k > 0 && (k - 0.5) * gap >= t) {
                k--;
            }
            uniformK[p] = k;
            return (k + 0.5) * gap;
        }
        return t + exponential(poissonRandom[p], gap);
    }

    private static double exponential(SplittableRandom r, double mean) {
        return -Math.log(1.0 - r.nextDouble()) * mean;
    }

    private void scheduleNextPost(int p, double t) {
        Producer pr = sc.producers().get(p);
        double gap = 3600.0 / pr.postsPerHour();
        if (pr.schedule() == Schedule.UNIFORM) {
            uniformK[p]++;
            nextPost[p] = (uniformK[p] + 0.5) * gap;
        } else {
            nextPost[p] = t + exponential(poissonRandom[p], gap);
        }
        recomputeMinPost();
    }

    private void recomputeMinPost() {
        minPostTime = Double.POSITIVE_INFINITY;
        minPostProducer = -1;
        for (int p = 0; p < producerCount; p++) {
            if (nextPost[p] < minPostTime) {
                minPostTime = nextPost[p];
                minPostProducer = p;
            }
        }
    }

    private void makePost(int p, double t) {
        long f = sc.producers().get(p).followers();
        long seq = posts++;
        totalPairs += f;
        Model m = sc.model();
        boolean pulled = m == Model.PULL || (m == Model.HYBRID && f >= sc.celebrityThreshold());
        events.add(EventKind.POST_MADE, t, p, seq, -1, f);
        if (pulled) {
            addPulled(p, seq, t, f);
            events.add(EventKind.WRITES_QUEUED, t, p, seq, -1, 0);
        } else {
            if (done == enqueued) {
                anchorTime = t;
                anchorIndex = enqueued;
            }
            addSegment(p, seq, t, f);
            lastPushStart[p] = enqueued;
            lastPushCount[p] = f;
            enqueued += f;
            if (rate > 0) {
                backlogMax = Math.max(backlogMax, enqueued - done);
            }
            events.add(EventKind.WRITES_QUEUED, t, p, seq, -1, f);
            if (rate == 0) {
                processWrites(t, true);
            }
        }
        scheduleNextPost(p, t);
    }

    private void addPulled(int p, long seq, double t, long f) {
        if (pulledCount == pulledTime.length) {
            int n = pulledCount * 2;
            pulledTime = Arrays.copyOf(pulledTime, n);
            pulledOff = Arrays.copyOf(pulledOff, n);
            pulledAudience = Arrays.copyOf(pulledAudience, n);
            pulledProducer = Arrays.copyOf(pulledProducer, n);
            pulledSeq = Arrays.copyOf(pulledSeq, n);
        }
        pulledTime[pulledCount] = t;
        pulledOff[pulledCount] = followOffset[p];
        pulledAudience[pulledCount] = f;
        pulledProducer[pulledCount] = p;
        pulledSeq[pulledCount] = seq;
        int c = pulledOfProducerCount[p];
        if (c == 0 && pulledOfProducer[p] == null) {
            pulledOfProducer[p] = new int[16];
            producersWithPulled[producersWithPulledCount++] = p;
        } else if (c == pulledOfProducer[p].length) {
            pulledOfProducer[p] = Arrays.copyOf(pulledOfProducer[p], c * 2);
        }
        pulledOfProducer[p][c] = pulledCount;
        pulledOfProducerCount[p] = c + 1;
        pulledMaxAudience[p] = Math.max(pulledMaxAudience[p], f);
        pulledCount++;
    }

    // ---------------------------------------------------------------- fan-out queue

    private void addSegment(int p, long seq, double t, long f) {
        if (segSize == segSeq.length) {
            int n = segSize * 2;
            segSeq = unroll(segSeq, n);
            segProducer = unroll(segProducer, n);
            segTime = unroll(segTime, n);
            segOff = unroll(segOff, n);
            segCount = unroll(segCount, n);
            segStart = unroll(segStart, n);
            segHead = 0;
        }
        int slot = (segHead + segSize) % segSeq.length;
        segSeq[slot] = seq;
        segProducer[slot] = p;
        segTime[slot] = t;
        segOff[slot] = followOffset[p];
        segCount[slot] = f;
        segStart[slot] = enqueued;
        segSize++;
    }

    private long[] unroll(long[] a, int n) {
        long[] b = new long[n];
        for (int i = 0; i < segSize; i++) {
            b[i] = a[(segHead + i) % a.length];
        }
        return b;
    }

    private int[] unroll(int[] a, int n) {
        int[] b = new int[n];
        for (int i = 0; i < segSize; i++) {
            b[i] = a[(segHead + i) % a.length];
        }
        return b;
    }

    private double[] unroll(double[] a, int n) {
        double[] b = new double[n];
        for (int i = 0; i < segSize; i++) {
            b[i] = a[(segHead + i) % a.length];
        }
        return b;
    }

    /** Completion time of global write {@code g}; one formula, so any stepping gives the same times. */
    private double writeTime(long g) {
        return rate == 0 ? anchorTime : anchorTime + (g - anchorIndex + 1) / rate;
    }

    private static boolean within(double t, double x, boolean inclusive) {
        return inclusive ? t <= x : t < x;
    }

    /** Completes every queued write whose time is before {@code x} (or at it, when inclusive). */
    private void processWrites(double x, boolean inclusive) {
        if (done >= enqueued) {
            return;
        }
        long last = lastWriteBy(x, inclusive);
        while (done <= last) {
            int slot = segHead;
            long segEnd = segStart[slot] + segCount[slot] - 1;
            long end = Math.min(segEnd, last);
            completeWrites(slot, done, end);
            done = end + 1;
            if (done > segEnd) {
                segHead = (segHead + 1) % segSeq.length;
                segSize--;
            }
        }
    }

    /** The last queued write completing before {@code x} (or at it, when inclusive); below {@code done} if none. */
    private long lastWriteBy(double x, boolean inclusive) {
        if (rate == 0) {
            return enqueued - 1;
        }
        double est = anchorIndex - 1 + (x - anchorTime) * rate;
        long g = est >= enqueued - 1 ? enqueued - 1 : (long) Math.floor(Math.max(est, done - 1));
        while (g + 1 < enqueued && within(writeTime(g + 1), x, inclusive)) {
            g++;
        }
        while (g >= done && !within(writeTime(g), x, inclusive)) {
            g--;
        }
        return g;
    }

    /**
     * Writes to simulated consumer {@code i} that complete by {@code t} but are not processed yet. Checks use
     * this instead of draining the queue before every check: the queue is drained in batches (at posts, bucket
     * boundaries and step ends), and a check only needs its own consumer's share.
     */
    private int pendingWritesFor(int i, double t) {
        if (done >= enqueued) {
            return 0;
        }
        long last = lastWriteBy(t, true);
        if (last < done) {
            return 0;
        }
        long id = idOf(i);
        int n = 0;
        int cap = segSeq.length;
        for (int k = 0; k < segSize; k++) {
            int slot = (segHead + k) % cap;
            long start = segStart[slot];
            if (start > last) {
                break;
            }
            long pos = id - segOff[slot];
            if (pos < 0) {
                pos += consumers;
            }
            if (pos < segCount[slot]) {
                long g = start + pos;
                if (g >= done && g <= last) {
                    n++;
                }
            }
        }
        return n;
    }

    private long latencyMicros(long g, double postTime) {
        return Math.round((writeTime(g) - postTime) * MICROS);
    }

    /** Writes {@code ga..gb} (global indices, inclusive) of one post complete. */
    private void completeWrites(int slot, long ga, long gb) {
        long n = gb - ga + 1;
        cacheWrites += n;
        pushDeliveries += n;
        bCacheWrites += n;
        bPushDeliveries += n;
        double postTime = segTime[slot];
        recordProgression(latency, ga, gb, postTime);
        recordProgression(bucketLatency, ga, gb, postTime);
        maxLatencyMicros = Math.max(maxLatencyMicros, latencyMicros(gb, postTime));
        long start = segStart[slot];
        long off = segOff[slot];
        touchCaches(off, ga - start, n);
        if (watchedIndex.length > 0 && events.enabled()) {
            emitWritesDone(slot, ga - start, gb - start);
        }
    }

    /**
     * Records the latencies of writes {@code ga..gb}, which grow by 1/rate each, as one count per histogram
     * bucket: as many recordValueWithCount calls as buckets spanned, not one call per write.
     */
    private void recordProgression(Histogram h, long ga, long gb, double postTime) {
        long g = ga;
        double perWrite = rate == 0 ? 0 : MICROS / rate;
        while (g <= gb) {
            long v = latencyMicros(g, postTime);
            long hi = h.highestEquivalentValue(v);
            long e;
            if (perWrite == 0) {
                e = gb;
            } else {
                // The last write whose latency rounds to at most hi, solved from the write-time formula; the loops
                // below only fix floating-point edges.
                double lastG = anchorIndex - 1 + (postTime + (hi + 0.5) / MICROS - anchorTime) * rate;
                e = lastG >= gb ? gb : Math.max(g, (long) Math.floor(lastG));
                while (e < gb && latencyMicros(e + 1, postTime) <= hi) {
                    e++;
                }
                while (e > g && latencyMicros(e, postTime) > hi) {
                    e--;
                }
            }
            h.recordValueWithCount(v, e - g + 1);
            g = e + 1;
        }
    }

    /** Fan-out positions {@code ja .. ja+len-1} of a post whose followers start at {@code off}. */
    private void touchCaches(long off, long ja, long len) {
        long a = off + ja;
        if (a >= consumers) {
            a -= consumers;
        }
        long end = a + len;
        if (end <= consumers) {
            touchRange(a, end);
        } else {
            touchRange(a, consumers);
            touchRange(0, end - consumers);
        }
    }

    /** The hot loop: one cache write per simulated consumer with id in [a, b). */
    private void touchRange(long a, long b) {
        int i0 = indexAtOrAfter(a);
        int i1 = indexAtOrAfter(b);
        int cap = sc.cacheCapacity();
        int[] r = received;
        long ev = 0;
        for (int i = i0; i < i1; i++) {
            int v = r[i] + 1;
            r[i] = v;
            ev += v > cap ? 1 : 0;
        }
        evictionsS += ev;
    }

    private void emitWritesDone(int slot, long ja, long jb) {
        long off = segOff[slot];
        long f = segCount[slot];
        int k = 0;
        for (int w = 0; w < watchedIndex.length; w++) {
            long pos = idOf(watchedIndex[w]) - off;
            if (pos < 0) {
                pos += consumers;
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
        long start = segStart[slot];
        for (int j = 0; j < k; j++) {
            events.add(EventKind.WRITE_DONE, writeTime(start + chunkPos[j]), segProducer[slot], segSeq[slot],
                    chunkSlot[j], 1);
        }
    }

    // ---------------------------------------------------------------- checks

    private void check(int i, double t) {
        boolean hybrid = sc.model() == Model.HYBRID;
        int queries = hybrid ? celebrityFolloweeCount[i] : followeeCount[i];
        checksS++;
        bChecksS++;
        readQueriesS += queries;
        bReadQueriesS += queries;
        long id = idOf(i);
        int pulledNew = 0;
        int lastPulled = -1;
        int from = nextPulled[i];
        if (pulledCount - from <= 2 * producersWithPulledCount) {
            // Few posts since this consumer's previous check: test each one.
            for (int k = from; k < pulledCount; k++) {
                if (follows(id, pulledOff[k], pulledAudience[k])) {
                    deliverPulled(k, t);
                    pulledNew++;
                    lastPulled = k;
                }
            }
        } else {
            // Many: go producer by producer, skipping whole producers this consumer is not in the audience of.
            for (int q = 0; q < producersWithPulledCount; q++) {
                int p = producersWithPulled[q];
                long d = id - followOffset[p];
                if (d < 0) {
                    d += consumers;
                }
                if (d >= pulledMaxAudience[p]) {
                    continue;
                }
                int[] list = pulledOfProducer[p];
                int n = pulledOfProducerCount[p];
                int lo = Arrays.binarySearch(list, 0, n, from);
                for (int k = lo >= 0 ? lo : -lo - 1; k < n; k++) {
                    int j = list[k];
                    if (d < pulledAudience[j]) {
                        deliverPulled(j, t);
                        pulledNew++;
                        lastPulled = j;
                    }
                }
            }
        }
        nextPulled[i] = pulledCount;
        pullDeliveriesS += pulledNew;
        bPullDeliveriesS += pulledNew;
        int pushedNew = 0;
        if (hybrid) {
            // Pushed entries in the cache now = those processed plus those due by t but not yet processed. (A pull
            // check does not read the cache, so entries still arriving from earlier push count at the next hybrid
            // check after a switch.)
            int seen = received[i] + pendingWritesFor(i, t);
            pushedNew = seen - lastSeen[i];
            lastSeen[i] = seen;
        }
        boolean useful = pulledNew + pushedNew > 0;
        if (useful) {
            usefulS++;
            bUsefulS++;
        } else {
            emptyS++;
            bEmptyS++;
        }
        if (watchedSorted.length > 0 && events.enabled()) {
            int k = Arrays.binarySearch(watchedSorted, i);
            if (k >= 0) {
                int slot = watchedSortedSlot[k];
                events.add(EventKind.CHECK_SENT, t, -1, -1, slot, queries);
                // When exactly one pulled post arrives, name it, so the stage can show which post travelled.
                int producer = pulledNew == 1 ? pulledProducer[lastPulled] : -1;
                long post = pulledNew == 1 ? pulledSeq[lastPulled] : -1;
                if (hybrid && pulledNew > 0) {
                    events.add(EventKind.MERGE_AT_READ, t, producer, post, slot, pulledNew);
                }
                if (useful) {
                    events.add(EventKind.CHECK_USEFUL, t, pushedNew == 0 ? producer : -1, pushedNew == 0 ? post : -1,
                            slot, (long) pulledNew + pushedNew);
                } else {
                    events.add(EventKind.CHECK_EMPTY, t, -1, -1, slot, 0);
                }
            }
        }
        checkSchedule.rescheduleTop(t + sc.pollIntervalSeconds());
    }

    private void deliverPulled(int k, double t) {
        long us = Math.round((t - pulledTime[k]) * MICROS);
        latency.recordValueWithCount(us, weight);
        bucketLatency.recordValueWithCount(us, weight);
        if (us > maxLatencyMicros) {
            maxLatencyMicros = us;
        }
    }

    // ---------------------------------------------------------------- series

    private void closeBucket() {
        closedBuckets.add(currentBucket(bucketIndex * bucketSeconds, bucketSeconds));
        bucketIndex++;
        bCacheWrites = 0;
        bChecksS = 0;
        bEmptyS = 0;
        bUsefulS = 0;
        bReadQueriesS = 0;
        bPushDeliveries = 0;
        bPullDeliveriesS = 0;
        bucketLatency.reset();
    }

    private SeriesPoint currentBucket(double start, double length) {
        boolean any = bucketLatency.getTotalCount() > 0;
        return new SeriesPoint(start, length, bCacheWrites, bChecksS * weight, bEmptyS * weight,
                bUsefulS * weight, bReadQueriesS * weight, bPushDeliveries + bPullDeliveriesS * weight,
                any ? bucketLatency.getValueAtPercentile(50) / MICROS : 0,
                any ? bucketLatency.getValueAtPercentile(95) / MICROS : 0,
                any ? bucketLatency.getValueAtPercentile(99) / MICROS : 0,
                enqueued - done);
    }

    private Latency latencySummary() {
        if (latency.getTotalCount() == 0) {
            return Latency.NONE;
        }
        // HdrHistogram reports a bucket's upper edge; the exact maximum caps it so p99 never exceeds max.
        long max = maxLatencyMicros;
        return new Latency(Math.min(latency.getMean(), max) / MICROS,
                Math.min(latency.getValueAtPercentile(50), max) / MICROS,
                Math.min(latency.getValueAtPercentile(95), max) / MICROS,
                Math.min(latency.getValueAtPercentile(99), max) / MICROS,
                max / MICROS);
    }

    // ---------------------------------------------------------------- who follows whom

    private long idOf(int i) {
        return sampleOffset + i * weight;
    }

    /** Index of the first simulated consumer with id at or after {@code id}, clamped to [0, simulated]. */
    private int indexAtOrAfter(long id) {
        long x = id - sampleOffset;
        long i = x <= 0 ? 0 : (x + weight - 1) / weight;
        return (int) Math.min(i, simulated);
    }

    private boolean follows(long id, long off, long f) {
        long d = id - off;
        if (d < 0) {
            d += consumers;
        }
        return d < f;
    }

    /** Followee counts per simulated consumer, from the wrapping follower ranges (difference arrays). */
    private void recomputeFollowees() {
        int[] all = new int[simulated + 1];
        int[] celeb = new int[simulated + 1];
        for (int p = 0; p < producerCount; p++) {
            long f = sc.producers().get(p).followers();
            boolean isCeleb = f >= sc.celebrityThreshold();
            long a = followOffset[p];
            long end = a + f;
            addRange(all, celeb, isCeleb, a, Math.min(end, consumers));
            if (end > consumers) {
                addRange(all, celeb, isCeleb, 0, end - consumers);
            }
        }
        int runAll = 0;
        int runCeleb = 0;
        for (int i = 0; i < simulated; i++) {
            runAll += all[i];
            runCeleb += celeb[i];
            all[i] = runAll;
            celeb[i] = runCeleb;
        }
        followeeCount = all;
        celebrityFolloweeCount = celeb;
    }

    private void addRange(int[] all, int[] celeb, boolean isCeleb, long a, long b) {
        int i0 = indexAtOrAfter(a);
        int i1 = indexAtOrAfter(b);
        if (i0 >= i1) {
            return;
        }
        all[i0]++;
        all[i1]--;
        if (isCeleb) {
            celeb[i0]++;
            celeb[i1]--;
        }
    }

    /**
     * Watched consumers, round-robin over producers: the k-th one picked for a producer sits at an evenly
     * spread position of that producer's fan-out, so the stage sees early and late receivers of each.
     */
    private int[] chooseWatched(int want) {
        int[] out = new int[want];
        if (want == 0) {
            return out;
        }
        boolean[] taken = new boolean[simulated];
        int perProducer = (want + producerCount - 1) / producerCount;
        for (int j = 0; j < want; j++) {
            int p = j % producerCount;
            int k = j / producerCount;
            long f = sc.producers().get(p).followers();
            long pos = (long) ((k + 0.5) * f / perProducer);
            long id = (followOffset[p] + pos) % consumers;
            int i = indexAtOrAfter(id);
            if (i >= simulated) {
                i = 0;
            }
            while (taken[i]) {
                i = (i + 1) % simulated;
            }
            taken[i] = true;
            out[j] = i;
        }
        return out;
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
