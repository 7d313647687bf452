package org.fanoutlab.engine.lanes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;

/**
 * The delivery lanes of a scenario, advanced only when its owner asks, like {@code Simulation}. Not thread-safe:
 * one thread at a time drives it (the UI keeps it on one worker).
 *
 * <p>Every lane is fed by the posts of the scenario's <b>first producer</b>: {@code uniform} posts at
 * {@code (k + 0.5) × 3600 / postsPerHour} exactly as the fan-out engine schedules them; {@code poisson} gaps are
 * drawn from the scenario's seed through the lanes' own random stream (same rate and seed, not necessarily the
 * fan-out engine's exact instants). Each lane then has its own seeded stream (derived in lane order), so a lane's
 * random history does not change when another lane is tuned.
 *
 * <p>A discrete-event loop in strict time order over the next post and each lane's next event; at equal times
 * the post comes first, then lanes in file order. A run covers {@code [0, durationSeconds)}.
 *
 * <p>Live changes ({@code set…}) take effect from {@link #now()} on.
 */
public final class LanesSimulation {
    /** Mixed into the seed so the lanes' random streams differ from the fan-out engine's. */
    private static final long SALT = 0x6C616E6573L; // "lanes"

    private final double duration;
    private final Lane[] lanes;
    private final LaneEventRing events;
    private final SplittableRandom postRandom;
    private final Schedule schedule;
    private double postsPerHour;
    private long uniformK;
    private double nextPost;
    private long posts;
    private double now;
    private Scenario scenario;

    /** Lanes with no event stream (reports and tests). */
    public LanesSimulation(Scenario scenario) {
        this(scenario, 0);
    }

    /**
     * @param eventCapacity events kept between two drains; older ones are dropped and counted
     * @throws IllegalArgumentException when the scenario has no lanes
     */
    public LanesSimulation(Scenario scenario, int eventCapacity) {
        Objects.requireNonNull(scenario, "scenario");
        if (scenario.lanes().isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' has no lanes");
        }
        this.scenario = scenario;
        this.duration = scenario.durationSeconds();
        this.events = new LaneEventRing(eventCapacity);
        SplittableRandom root = new SplittableRandom(scenario.seed() ^ SALT);
        this.postRandom = root.split();
        Producer first = scenario.producers().get(0);
        this.schedule = first.schedule();
        this.postsPerHour = first.postsPerHour();
        List<LaneSpec> specs = scenario.lanes();
        lanes = new Lane[specs.size()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = create(i, specs.get(i), events, root.split());
        }
        nextPost = firstPostAtOrAfter(0.0);
    }

    private static Lane create(int i, LaneSpec spec, LaneEventRing events, SplittableRandom r) {
        return switch (spec.type()) {
            case SHORT_POLL -> new ShortPollLane(i, spec, events, r);
            case LONG_POLL -> new LongPollLane(i, spec, events, r);
            case SERVER_PUSH -> new ServerPushLane(i, spec, events, r);
            case WEBHOOK -> new WebhookLane(i, spec, events, r);
            case QUEUE_PULL -> new QueuePullLane(i, spec, events, r);
            case PUSH_TO_SLOW_CONSUMER -> new SlowPushLane(i, spec, events, r);
            case IDLE -> new IdleLane(i, spec, events, r);
        };
    }

    /** Runs a scenario's lanes start to end; one metrics record per lane, in file order. */
    public static List<LaneMetrics> run(Scenario scenario) {
        LanesSimulation sim = new LanesSimulation(scenario);
        sim.advanceTo(scenario.durationSeconds());
        return sim.metrics();
    }

    /** The scenario with every live change applied (lanes and the first producer's pace). */
    public Scenario scenario() {
        return scenario;
    }

    public double now() {
        return now;
    }

    public double durationSeconds() {
        return duration;
    }

    public boolean isFinished() {
        return now >= duration;
    }

    /** Posts the first producer has made so far (every lane saw each of them). */
    public long posts() {
        return posts;
    }

    public int laneCount() {
        return lanes.length;
    }

    /** The lanes as they stand now, with live changes. */
    public List<LaneSpec> lanes() {
        List<LaneSpec> out = new ArrayList<>(lanes.length);
        for (Lane l : lanes) {
            out.add(l.spec);
        }
        return out;
    }

    /** Processes everything that happens before {@code simSeconds} (clamped to the run's duration). */
    public void advanceTo(double simSeconds) {
        double target = Math.min(simSeconds, duration);
        if (!(target > now)) {
            return;
        }
        Lane[] ls = lanes;
        while (true) {
            int next = -1;
            double tl = Double.POSITIVE_INFINITY;
            for (int i = 0; i < ls.length; i++) {
                double t = ls[i].nextTime();
                if (t < tl) {
                    tl = t;
                    next = i;
                }
            }
            double tp = nextPost;
            if (tp <= tl) {
                if (!(tp < target)) {
                    break;
                }
                makePost(tp);
            } else {
                if (!(tl < target)) {
                    break;
                }
                ls[next].step(tl);
            }
        }
        now = target;
    }

    /** When the next post or lane event happens (+∞ when nothing else will). */
    public double nextEventTime() {
        double t = nextPost;
        for (Lane l : lanes) {
            t = Math.min(t, l.nextTime());
        }
        return t;
    }

    /** Processes exactly the next instant at which something happens (the UI's "step"), if inside the run. */
    public void advanceToNextEvent() {
        double t = nextEventTime();
        advanceTo(t < duration ? Math.nextUp(t) : duration);
    }

    /** Every lane's figures at {@link #now()}, in file order. */
    public List<LaneMetrics> metrics() {
        List<LaneMetrics> out = new ArrayList<>(lanes.length);
        for (Lane l : lanes) {
            out.add(l.metrics(now));
        }
        return out;
    }

    public LaneMetrics metrics(int lane) {
        return lanes[lane].metrics(now);
    }

    /** Hands every event recorded since the last drain to {@code sink}, in time order; returns how many. */
    public int drainEvents(LaneEventSink sink) {
        return events.drain(sink);
    }

    /** Events lost because more than the event capacity piled up between two drains. */
    public long droppedEvents() {
        return events.dropped();
    }

    /**
     * Changes one parameter of one lane from now on.
     *
     * @throws IllegalArgumentException when the lane's type has no such parameter or the value is out of range
     */
    public void setParameter(int lane, LaneParam p, double value) {
        Lane l = lanes[lane];
        l.spec = l.spec.with(p, value);
        replaceLane(lane, l.spec);
        l.parameterChanged(p, now);
    }

    /** Drop or block for a push-to-slow-consumer lane, from the next post on. */
    public void setOnFull(int lane, OnFull onFull) {
        Lane l = lanes[lane];
        l.spec = l.spec.withOnFull(onFull);
        replaceLane(lane, l.spec);
    }

    /** The first producer's pace; its next post is rescheduled from now (0 stops it). */
    public void setPostsPerHour(double pph) {
        Producer first = scenario.producers().get(0).withPostsPerHour(pph);
        scenario = scenario.withProducer(0, first);
        postsPerHour = pph;
        nextPost = firstPostAtOrAfter(now);
    }

    private void replaceLane(int index, LaneSpec spec) {
        List<LaneSpec> specs = new ArrayList<>(scenario.lanes());
        specs.set(index, spec);
        scenario = scenario.withLanes(specs);
    }

    private void makePost(double t) {
        long seq = posts++;
        events.add(LaneEventKind.POST, t, -1, seq, 1);
        for (Lane l : lanes) {
            l.onPost(seq, t);
        }
        double gap = 3600.0 / postsPerHour;
        if (schedule == Schedule.UNIFORM) {
            uniformK++;
            nextPost = (uniformK + 0.5) * gap;
        } else {
            nextPost = t + Lane.exponential(postRandom, gap);
        }
    }

    /** The same rule as the fan-out engine: the uniform grid point at or after {@code t}, or a fresh gap. */
    private double firstPostAtOrAfter(double t) {
        if (postsPerHour <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double gap = 3600.0 / postsPerHour;
        if (schedule == Schedule.UNIFORM) {
            long k = (long) Math.max(0, Math.ceil(t / gap - 0.5));
            while ((k + 0.5) * gap < t) {
                k++;
            }
            while (k > 0 && (k - 0.5) * gap >= t) {
                k--;
            }
            uniformK = k;
            return (k + 0.5) * gap;
        }
        return t + Lane.exponential(postRandom, gap);
    }
}
