package org.fanoutlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fanoutlab.engine.base.SeededRandom;
import org.fanoutlab.engine.lanes.LaneEventSink;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneSet;
import org.fanoutlab.engine.lanes.LaneSpec;
import org.fanoutlab.engine.lanes.OnFull;

/**
 * The delivery lanes of a scenario (ADR 0007), advanced only when its owner asks, like {@link Simulation}. Not
 * thread-safe: one thread at a time drives it; only {@link #cancel()} may be called from another thread.
 *
 * <p>Every lane is fed by the posts of the scenario's <b>first producer</b>: {@code uniform} posts at
 * {@code (k + 0.5) × 3600 / postsPerHour} exactly as the fan-out engine schedules them; {@code poisson} gaps are
 * drawn from the scenario's seed through the lanes' own random stream (same rate and seed, not necessarily the
 * fan-out engine's exact instants). Each lane then has its own seeded stream (derived in lane order), so a lane's
 * random history does not change when another lane is tuned.
 *
 * <p>A discrete-event loop in strict time order over the next post and each lane's next event; at equal times
 * the post comes first, then lanes in file order. A run covers {@code [0, durationSeconds)}. Live changes
 * ({@code set…}) take effect from {@link #now()} on.
 */
public final class LanesSimulation extends SteppedRun {
    /** Mixed into the seed so the lanes' random streams differ from the fan-out engine's. */
    private static final long SALT = 0x6C616E6573L; // "lanes"
    private final LaneSet lanes;
    private final SeededRandom postRandom;
    private LaneFeed feed;
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
        super(requireLanes(scenario).durationSeconds(), "lanes run", 4096);
        this.scenario = scenario;
        SeededRandom root = new SeededRandom(scenario.seed() ^ SALT);
        this.postRandom = root.split();
        Producer first = scenario.producers().get(0);
        this.lanes = new LaneSet(scenario.lanes(), root, eventCapacity);
        feed = LaneFeed.from(0.0, first.schedule(), first.postsPerHour(), postRandom);
    }

    private static Scenario requireLanes(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        if (scenario.lanes().isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' has no lanes");
        }
        return scenario;
    }

    private LanesSimulation(LanesSimulation o) {
        super(o);
        lanes = o.lanes.copy();
        postRandom = o.postRandom.copy();
        feed = o.feed;
        scenario = o.scenario;
    }

    /**
     * A deep copy at {@link #now()}: advancing it gives exactly the figures and events a run that was never
     * copied gives, and leaves this one alone (the playback layer keeps such copies to seek). Undrained events
     * are copied too; the cancel flag is not.
     */
    public LanesSimulation copy() {
        return new LanesSimulation(this);
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

    /** Posts the first producer has made so far (every lane saw each of them). */
    public long posts() {
        return feed.made();
    }

    public int laneCount() {
        return lanes.size();
    }

    /** The lanes as they stand now, with live changes. */
    public List<LaneSpec> lanes() {
        List<LaneSpec> out = new ArrayList<>(lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            out.add(lanes.spec(i));
        }
        return out;
    }

    @Override
    boolean stepBefore(double target) {
        double tl = lanes.nextTime();
        double tp = feed.next();
        if (tp <= tl) {
            if (!(tp < target)) {
                return false;
            }
            now = tp;
            makePost(tp);
        } else {
            if (!(tl < target)) {
                return false;
            }
            now = tl;
            lanes.stepNext(tl);
        }
        return true;
    }

    /** When the next post or lane event happens (+∞ when nothing else will). */
    public double nextEventTime() {
        return Math.min(feed.next(), lanes.nextTime());
    }

    /** Processes exactly the next instant at which something happens (the UI's "step"), if inside the run. */
    public void advanceToNextEvent() {
        double t = nextEventTime();
        advanceTo(t < duration ? Math.nextUp(t) : duration);
    }

    /** Every lane's figures at {@link #now()}, in file order. */
    public List<LaneMetrics> metrics() {
        return lanes.metrics(now);
    }

    public LaneMetrics metrics(int lane) {
        return lanes.metrics(lane, now);
    }

    /** Hands every event recorded since the last drain to {@code sink}, in time order; returns how many. */
    public int drainEvents(LaneEventSink sink) {
        return lanes.drainEvents(sink);
    }

    /** Events lost because more than the event capacity piled up between two drains. */
    public long droppedEvents() {
        return lanes.droppedEvents();
    }

    /**
     * Changes one parameter of one lane from now on.
     *
     * @throws IllegalArgumentException when the lane's type has no such parameter or the value is out of range
     */
    public void setParameter(int lane, LaneParam p, double value) {
        lanes.setParameter(lane, p, value, now);
        replaceLane(lane, lanes.spec(lane));
    }

    /** Drop or block for a push-to-slow-consumer lane, from the next post on. */
    public void setOnFull(int lane, OnFull onFull) {
        lanes.setOnFull(lane, onFull);
        replaceLane(lane, lanes.spec(lane));
    }

    /** The first producer's pace; its next post is rescheduled from now (0 stops it). */
    public void setPostsPerHour(double pph) {
        Producer first = scenario.producers().get(0).withPostsPerHour(pph);
        scenario = scenario.withProducer(0, first);
        feed = feed.withPostsPerHour(pph, now, postRandom);
    }

    private void replaceLane(int index, LaneSpec spec) {
        List<LaneSpec> specs = new ArrayList<>(scenario.lanes());
        specs.set(index, spec);
        scenario = scenario.withLanes(specs);
    }

    private void makePost(double t) {
        lanes.post(feed.made(), t);
        feed = feed.afterPost(t, postRandom);
    }
}
