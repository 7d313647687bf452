package org.fanoutlab.engine;

import java.util.List;
import org.fanoutlab.engine.base.SeededRandom;

/**
 * One run of a scenario, advanced only when its owner asks (docs/decisions/0002-engine-semantics.md). Not
 * thread-safe: one thread at a time drives it; only {@link #cancel()} may be called from another thread.
 *
 * <p>A discrete-event loop in strict time order over posts ({@link PostSchedule}), series-bucket boundaries
 * ({@link SeriesRecorder}) and the few feed opens that must be visited one by one ({@link CheckGrid},
 * {@link VisitQueue}); at equal times: bucket boundary, then posts, then writes completing at that instant, then
 * opens. Everything else is counted, not stepped through: the fan-out queue ({@link FanoutQueue}) is drained by
 * its write-time formula, and opens where nothing can happen are counted by their number ({@link OpenTally}).
 * The work grows with what the run must tell — posts, deliveries, checks that bring news — not with the
 * population or the poll rate.
 *
 * <p>Live changes ({@code set…}) take effect from {@link #now()} on: what has already happened stays as it was.
 */
public final class Simulation extends SteppedRun {
    static final long PURPOSE_FOLLOWERS = 0x666f6c6cL; // "foll"
    static final long PURPOSE_SAMPLE = 0x73616d70L; // "samp"
    static final long PURPOSE_PHASES = 0x70686173L; // "phas"
    /** A post followed by under 1/8 of the simulated consumers is handed to its readers one by one. */
    private static final int SWEEP_SHARE = 8;

    private Scenario sc;
    private final long[] followOffset;
    private final ConsumerSample sample;
    private final int n;
    private final CheckGrid grid;
    private final PostSchedule schedule;
    private final FanoutQueue queue;
    private final PulledPosts pulled;
    private final FeedCaches caches;
    private Followees followees;
    private final OpenTally opens;
    private final VisitQueue visits;
    private final WatchedConsumers watched;
    private final EventRing events;
    private final SeriesRecorder series;
    private final Counters counters;
    private final FeedVisit visit;
    private final FanoutQueue.Sink writes = this::writesDone;
    private final FeedCaches.Unseen unseen = this::visitNextOpen;

    /** Opens numbered below this have passed. */
    private long passed;
    /** Every open numbered below this is visited (a sweep after a broadcast post or pushed writes in hybrid). */
    private long sweepUntil;

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
        super(scenario.durationSeconds(), "run", 1024);
        long t0 = System.nanoTime();
        sc = scenario;
        int producers = scenario.producers().size();
        followOffset = new long[producers];
        SeededRandom offsets = SeededRandom.forPurpose(scenario.seed(), PURPOSE_FOLLOWERS, 0);
        for (int p = 0; p < producers; p++) {
            // a fraction of the population, so that a workload scaled up keeps who follows whom in proportion
            followOffset[p] = Math.min(scenario.consumers() - 1, (long) (offsets.nextDouble() * scenario.consumers()));
        }
        sample = ConsumerSample.of(scenario, followOffset,
                SeededRandom.forPurpose(scenario.seed(), PURPOSE_SAMPLE, 0));
        n = sample.size();
        grid = new CheckGrid(n, scenario.pollIntervalSeconds(),
                SeededRandom.forPurpose(scenario.seed(), PURPOSE_PHASES, 0));
        schedule = new PostSchedule(scenario);
        queue = new FanoutQueue(followOffset, scenario.fanoutWritesPerSecond());
        pulled = new PulledPosts(n, followOffset);
        caches = new FeedCaches(n);
        opens = new OpenTally(grid, sample, scenario.model());
        if (scenario.model() != Model.PUSH) {
            ensureFollowees();
        }
        visits = new VisitQueue();
        watched = WatchedConsumers.choose(scenario, sample, followOffset, watchedConsumers);
        for (int w = 0; w < watched.count(); w++) {
            visits.add(grid.nextOf(watched.consumer(w), 0));
        }
        events = new EventRing(eventCapacity);
        series = new SeriesRecorder(duration);
        counters = new Counters();
        visit = newVisit();
        countElapsedSince(t0);
    }

    /** A copy of {@code o} with these parts (a kept copy's are null: it is never run, only restored). */
    Simulation(Simulation o, FeedCaches caches, PulledPosts pulled, EventRing events) {
        super(o);
        sc = o.sc;
        followOffset = o.followOffset;
        sample = o.sample;
        n = o.n;
        grid = o.grid.copy();
        schedule = o.schedule.copy();
        queue = o.queue.copy();
        this.pulled = pulled;
        this.caches = caches;
        followees = o.followees;
        opens = o.opens.copyWith(grid);
        visits = o.visits.copy();
        watched = o.watched.copy();
        this.events = events;
        series = o.series.copy();
        counters = o.counters.copy();
        visit = newVisit();
        passed = o.passed;
        sweepUntil = o.sweepUntil;
    }

    private FeedVisit newVisit() {
        return new FeedVisit(sample, grid, pulled, caches, counters, series.latency(), events, watched, visits);
    }

    /**
     * A deep copy at {@link #now()}: advancing it gives byte for byte the metrics, series and events of a run that
     * was never copied, and leaves this one alone. Arrays never changed after construction (the sample, follower
     * ranges) are shared; per-consumer counters and undrained events are copied; the cancel flag is not.
     */
    public Simulation copy() {
        return new Simulation(this, caches.copy(), pulled.copy(), events.copy());
    }

    /** A copy to keep (a playback snapshot), sharing equal chunks with {@code previous}, a kept copy or null. */
    public KeptSimulation keep(KeptSimulation previous) {
        return new KeptSimulation(new Simulation(this, null, null, null), caches.keep(KeptSimulation.caches(previous)),
                pulled.keep(KeptSimulation.pulled(previous)), events.keep(), events.capacity(), events.dropped());
    }

    /** Roughly the bytes {@link #copy()} allocates: per-consumer counters, histograms, what is in flight. */
    public long copySizeBytes() {
        return caches.bytes() + pulled.bytes() + events.bytes() + partsBytes();
    }

    long partsBytes() { // all but the caches, the pulled posts and the event ring
        return queue.bytes() + schedule.bytes() + visits.bytes() + series.bytes();
    }

    KeptSimulation.Parts parts() { // whose arrays a restore may reuse once this run is dropped
        return new KeptSimulation.Parts(caches, pulled, events);
    }

    /** Runs a scenario start to end. */
    public static Report run(Scenario scenario) {
        return new Simulation(scenario).runToEnd();
    }

    /** The scenario as it stands now, with every live change applied. */
    public Scenario scenario() {
        return sc;
    }

    /** The length of one {@link #series()} bucket: duration / 600, at least 1 s. */
    public double bucketSeconds() {
        return series.bucketSeconds();
    }

    /** Consumers the engine follows one by one (all of them up to 1,000,000). */
    public int simulatedConsumers() {
        return n;
    }

    @Override
    boolean stepBefore(double target) {
        double tb = series.nextBoundary();
        double tp = schedule.nextTime();
        long open = nextVisit();
        double tv = open < 0 ? Double.POSITIVE_INFINITY : Math.max(now, grid.time(open));
        if (tb <= target && tb <= tp && tb <= tv) {
            passTo(tb);
            queue.process(tb, false, writes);
            now = tb;
            series.close(tally(), queue.backlog());
            return true;
        }
        if (!(Math.min(tp, tv) < target)) {
            return false;
        }
        if (tp <= tv) {
            queue.process(tp, true, writes);
            passTo(tp);
            now = tp;
            makePost(schedule.nextProducer(), tp);
        } else if (open < sweepUntil && open >= passed
                && (sc.model() != Model.HYBRID || queue.isEmpty())) {
            // a sweep with nothing else due meanwhile: visit its opens in one go
            long to = Math.min(sweepUntil, grid.firstAtOrAfter(Math.min(Math.min(tp, tb), target)));
            now = Math.max(now, visit.visitAll(sc, followees, open, to));
            passed = to;
            visits.dropThrough(to - 1);
            pulled.forgetFetched(passed, n);
        } else {
            passed = Math.max(passed, open);
            now = tv;
            if (sc.model() == Model.HYBRID) {
                queue.process(tv, true, writes); // a write at the check's instant is seen by it
            }
            visit.visit(sc, followees, open, tv);
            passed = Math.max(passed, open + 1);
            visits.dropThrough(open);
            pulled.forgetFetched(passed, n);
        }
        return true;
    }

    @Override
    void finishAt(double target) {
        passTo(target);
        queue.process(target, false, writes);
    }

    /** The next open to visit: every open while sweeping, else the earliest queued one; -1 when none. */
    private long nextVisit() {
        if (passed < sweepUntil || (sc.model() == Model.HYBRID && !queue.isEmpty())) {
            return passed;
        }
        return visits.isEmpty() ? -1 : visits.peek();
    }

    /** Counts every open before {@code t} as passed (those not visited brought nothing). */
    private void passTo(double t) {
        passed = Math.max(passed, grid.firstAtOrAfter(t));
    }

    /** The metrics at {@link #now()}. */
    public Metrics metrics() {
        long checks = opens.checks(passed);
        long useful = counters.usefulChecks;
        long empty = checks - useful;
        long deliveries = counters.deliveries();
        long cacheWrites = counters.cacheWrites;
        long posts = counters.posts;
        return new Metrics(now, posts, cacheWrites, posts == 0 ? 0.0 : (double) cacheWrites / posts, checks, empty,
                useful, useful == 0 ? 0.0 : (double) empty / useful, readQueries(), opens.opens(passed),
                opens.cacheReads(passed), deliveries, series.runLatency(), queue.backlog(), queue.backlogMax(),
                // a sampled run weighs each eviction like its write; the cap only guards the weights' rounding
                Math.min(counters.evictions, cacheWrites), counters.pairs - deliveries, !sample.isExact());
    }

    private long readQueries() {
        return opens.readQueries(passed) + counters.extraReadQueries;
    }

    private SeriesRecorder.Tally tally() {
        return new SeriesRecorder.Tally(counters.cacheWrites, opens.checks(passed), counters.usefulChecks,
                readQueries(), counters.deliveries());
    }

    /** Advances to the end and reports, including the engine's wall time. */
    public Report runToEnd() {
        advanceTo(duration);
        return new Report(sc, metrics(), elapsedSeconds());
    }

    /** The series so far, oldest first (a copy): {@link #bucketSeconds()} buckets, the last cut at {@link #now()}. */
    public List<SeriesPoint> series() {
        return series.series(now, tally(), queue.backlog());
    }

    /** Hands the events recorded since the last drain to {@code sink}, in time order (it must not change the run). */
    public int drainEvents(EventSink sink) {
        return events.drain(sink);
    }

    /** Events lost because more than the event capacity piled up between two drains. */
    public long droppedEvents() {
        return events.dropped();
    }

    public List<WatchedConsumer> watched() {
        return watched.describe(sc, sample, followOffset);
    }

    /** How far this producer's latest pushed post has fanned out, 0 to 1 (the stage fills the crowd by it). */
    public double fanoutProgress(int producer) {
        return queue.progress(producer);
    }

    // ---------------------------------------------------------------- live changes (ADR 0002, "Live changes")

    /**
     * Later posts follow the new model; stored posts are still fetched at each follower's next open, and queued
     * writes still complete. A switch to hybrid counts what every cache holds as already seen.
     */
    public void setModel(Model model) {
        if (model == sc.model()) {
            return;
        }
        if (model == Model.HYBRID) {
            caches.markAllSeen();
        }
        if (model != Model.PUSH) {
            ensureFollowees();
        }
        opens.modelChanged(model, passed);
        sc = sc.withModel(model);
    }

    /** The rest of every consumer's current wait scales to the new interval; later opens are this far apart. */
    public void setPollIntervalSeconds(double seconds) {
        sc = sc.withPollIntervalSeconds(seconds);
        grid.rescale(now, seconds);
    }

    /** Applies to posts made from now on and to the read queries of later checks. */
    public void setCelebrityThreshold(long followers) {
        sc = sc.withCelebrityThreshold(followers);
        followeesChanged();
    }

    /** Writes still in the queue continue at the new rate from now; 0 completes them all now. */
    public void setFanoutWritesPerSecond(double writesPerSecond) {
        sc = sc.withFanoutWritesPerSecond(writesPerSecond);
        queue.setRate(now, writesPerSecond);
        if (writesPerSecond == 0) {
            queue.process(now, true, writes);
        }
    }

    /** A smaller cache evicts its oldest entries beyond the new capacity now (counted in evictions). */
    public void setCacheCapacity(int entries) {
        int old = sc.cacheCapacity();
        sc = sc.withCacheCapacity(entries);
        if (entries < old) {
            counters.evictions += caches.shrink(old, entries, sample);
        }
    }

    /** Applies to posts made from now on; earlier posts keep the audience they had. */
    public void setFollowers(int producer, long followers) {
        sc = sc.withProducer(producer, sc.producers().get(producer).withFollowers(followers));
        followeesChanged();
    }

    /** The producer's next post is rescheduled from now at the new pace (0 stops it posting). */
    public void setPostsPerHour(int producer, double postsPerHour) {
        sc = sc.withProducer(producer, sc.producers().get(producer).withPostsPerHour(postsPerHour));
        schedule.rescheduled(sc.producers().get(producer), producer, now);
    }

    private void followeesChanged() {
        if (followees != null) {
            followees = null;
            ensureFollowees();
        }
    }

    /** Who follows whom, per simulated consumer: counted once a model that queries timelines needs it. */
    private void ensureFollowees() {
        if (followees == null) {
            followees = Followees.count(sc, sample, followOffset);
            opens.followeesChanged(sample, followees, passed);
        }
    }

    // ---------------------------------------------------------------- posts and writes

    private void makePost(int p, double t) {
        Producer pr = sc.producers().get(p);
        long f = pr.followers();
        long seq = counters.posts++;
        counters.pairs += f;
        Model m = sc.model();
        boolean isPulled = m == Model.PULL || (m == Model.HYBRID && f >= sc.celebrityThreshold());
        events.add(EventKind.POST_MADE, t, p, seq, -1, f);
        ConsumerSample.Audience a = sample.audience(followOffset[p], f);
        boolean small = (long) a.members() * SWEEP_SHARE < n;
        if (isPulled) {
            if (small) {
                address(p, seq, t, a);
            } else {
                pulled.addBroadcast(p, seq, t, a, passed);
                sweepUntil = Math.max(sweepUntil, passed + n);
            }
            events.add(EventKind.WRITES_QUEUED, t, p, seq, -1, 0);
        } else {
            queue.enqueue(p, seq, t, f, small);
            events.add(EventKind.WRITES_QUEUED, t, p, seq, -1, f);
            if (queue.rate() == 0) {
                queue.process(t, true, writes);
            }
        }
        schedule.posted(pr, p, t);
    }

    /** Puts a pulled post with a small audience in each simulated follower's pending list. */
    private void address(int p, long seq, double t, ConsumerSample.Audience a) {
        int post = pulled.addAddressed(p, seq, t);
        for (int i = a.from(); i < a.to(); i++) {
            addPending(i, post, a);
        }
        for (int i = 0; i < a.wrapTo(); i++) {
            addPending(i, post, a);
        }
        pulled.releaseIfUnused(post);
    }

    private void addPending(int i, int post, ConsumerSample.Audience a) {
        if (pulled.addPending(grid.position(i), post, a.weight(sample, i))) {
            visitNextOpen(i);
        }
    }

    /** Consumer {@code i}'s next open (at or after the present) must be visited. */
    private void visitNextOpen(int i) {
        visits.add(grid.nextOf(i, passed));
    }

    private void writesDone(FanoutQueue q, int slot, long ga, long gb) {
        long k = gb - ga + 1;
        counters.cacheWrites += k;
        counters.pushDeliveries += k;
        q.recordLatencies(series.latency(), slot, ga, gb);
        long start = q.start(slot);
        touchCaches(q, slot, ga - start, gb - start);
        if (watched.count() > 0 && events.enabled()) {
            watched.writesDone(events, q, slot, ga - start, gb - start, sample);
        }
    }

    /** Fan-out positions {@code ja..jb} of a pushed post land in their followers' caches. */
    private void touchCaches(FanoutQueue q, int slot, long ja, long jb) {
        FeedCaches.Unseen marker = null;
        if (sc.model() == Model.HYBRID) {
            if (q.small(slot) && q.rate() == 0) {
                marker = unseen; // few readers: visit each one's next check
            } else {
                sweepUntil = Math.max(sweepUntil, passed + n); // many, or still arriving: sweep a round
            }
        }
        counters.evictions += caches.land(sample, q.offset(slot), q.followers(slot), ja, jb, sc.cacheCapacity(),
                marker);
    }
}
