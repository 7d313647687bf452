package org.fanoutlab.ui.lanes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneSpec;
import org.fanoutlab.engine.lanes.OnFull;
import org.fanoutlab.playback.LaneEventBuffer;
import org.fanoutlab.playback.LanesFrame;
import org.fanoutlab.playback.LanesPlayback;
import org.fanoutlab.playback.Published;
import org.fanoutlab.playback.SpeedScale;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.RunCheckpoints;
import org.fanoutlab.ui.common.TransportViewModel;

/**
 * The lanes screen's state and commands over a {@link LanesPlayback}, toolkit-free (plain JUnit tests drive it
 * with a synchronous playback and a test clock). The view calls {@link #frame(long)} from its AnimationTimer:
 * the playback moves the playhead at the chosen speed and the engine follows; the events that came back become
 * tokens, and the latest figures are copied into the properties. Everything here runs on the caller's (FX)
 * thread; only the playback's worker touches the engine.
 */
public final class LanesViewModel extends TransportViewModel<LanesPlayback, LanesFrame> {
    private static final int TOKEN_CAPACITY = 4_096;
    /** The producer's slider: from one post every ten hours to ten a second. */
    private static final SliderRange POSTS_PER_HOUR = new SliderRange(0.1, 36_000, true, false);

    private final Scenario scenario;
    private final LaneEventBuffer frameEvents = new LaneEventBuffer();
    private final TokenField tokens;
    private final List<LaneRow> rowList = new ArrayList<>();
    private final ObservableList<LaneRow> rows;
    private final List<List<ParamControl>> controls = new ArrayList<>();
    private final List<ReadOnlyObjectWrapper<OnFull>> onFull = new ArrayList<>();

    private final ReadOnlyStringWrapper producerText = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper postsPerHour = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper postsPerHourText = new ReadOnlyStringWrapper();

    private final RunCheckpoints<Integer> checkpoints;

    private double wall;
    private double lastPostWall = Double.NEGATIVE_INFINITY;

    /** Reads a preset (or any scenario file with lanes) and starts its lanes on a worker thread, paused. */
    public static LanesViewModel forPreset(Path file) throws IOException, ScenarioFileException {
        return forScenario(ScenarioReader.read(file));
    }

    /** @throws IllegalArgumentException when the scenario has no lanes */
    public static LanesViewModel forScenario(Scenario scenario) {
        if (scenario.lanes().isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' has no lanes");
        }
        return new LanesViewModel(new LanesPlayback(scenario));
    }

    /** Lanes over a given playback (tests pass one whose engine runs on the calling thread). */
    public LanesViewModel(LanesPlayback playback) {
        super(playback, "lanes.problem");
        this.checkpoints = new RunCheckpoints<>(playback, () -> setPlaying(false));
        Scenario scenario = playback.latest().figures().scenario();
        this.scenario = scenario;
        List<LaneSpec> lanes = scenario.lanes();
        tokens = new TokenField(TOKEN_CAPACITY, lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            LaneSpec l = lanes.get(i);
            rowList.add(new LaneRow(i, l.name(), l.type()));
            List<ParamControl> cs = new ArrayList<>();
            for (LaneParam p : l.type().params()) {
                cs.add(new ParamControl(i, p, l.get(p)));
            }
            controls.add(Collections.unmodifiableList(cs));
            onFull.add(new ReadOnlyObjectWrapper<>(l.type().hasOnFull() ? l.onFull() : null));
        }
        rows = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(rowList));
        setSpeed(defaultSpeed(scenario.durationSeconds()));
        producerText.set(producerLine(0, scenario.producers().get(0).postsPerHour()));
        showPostsPerHour(scenario.producers().get(0).postsPerHour());
        showTime(0);
        pullSnapshot();
    }

    /** A speed that shows a whole run in about two minutes, on the 1-2-5 ladder's scale. */
    static double defaultSpeed(double durationSeconds) {
        return SpeedScale.clamp(Math.pow(10, Math.round(Math.log10(Math.max(1, durationSeconds / 120)))));
    }

    /** "source · 60 posts/h · 374 posts so far". */
    public ReadOnlyStringProperty producerTextProperty() {
        return producerText.getReadOnlyProperty();
    }

    /** The first producer's pace, which feeds every lane. */
    public ReadOnlyDoubleProperty postsPerHourProperty() {
        return postsPerHour.getReadOnlyProperty();
    }

    /** "60 /h". */
    public ReadOnlyStringProperty postsPerHourTextProperty() {
        return postsPerHourText.getReadOnlyProperty();
    }

    public ObservableList<LaneRow> rows() {
        return rows;
    }

    /** The live controls of lane {@code lane}, in file order. */
    public List<ParamControl> controls(int lane) {
        return controls.get(lane);
    }

    /** Drop or block for a push-to-slow-consumer lane; null for other types. */
    public ReadOnlyObjectProperty<OnFull> onFullProperty(int lane) {
        return onFull.get(lane).getReadOnlyProperty();
    }

    public int laneCount() {
        return rowList.size();
    }

    public Scenario scenario() {
        return scenario;
    }

    TokenField tokens() {
        return tokens;
    }

    /** Wall clock of the frame loop in seconds (token ages are measured on it). */
    double wallSeconds() {
        return wall;
    }

    /** 1 right after a post, fading to 0: the producer's pulse on the canvas. */
    double producerPulse() {
        return Math.max(0, 1 - (wall - lastPostWall) / TokenField.LIFE_SECONDS);
    }

    /** Pauses and processes the next instant at which anything happens. */
    public void step() {
        pause();
        playback.step();
        stepping = true;
    }

    private boolean stepping;

    /** Back to time 0, paused: a new run with the parameters as they are now (the history is dropped). */
    public void reset() {
        pause();
        playback.restart();
        forgetTheMoment();
        setFinished(false);
        showTime(0);
    }

    /** Moves the playhead to {@code seconds}, backwards too; figures follow, tokens in flight go. */
    @Override
    public void seek(double seconds) {
        stepping = false;
        playback.seek(seconds);
        forgetTheMoment();
        showTime(playback.position());
    }

    /** Pause markers with a lane to outline (lesson checkpoints); the lane is its index in {@link #rows()}. */
    public RunCheckpoints<Integer> checkpoints() {
        return checkpoints;
    }

    /** The lane outlined for a checkpoint, or null. */
    public ReadOnlyObjectProperty<Integer> focusProperty() {
        return checkpoints.focusProperty();
    }

    /**
     * Lays a lab block's checkpoints over this run: it stops at each, outlines the lane it names and shows it in
     * the guide's {@link CheckpointGuide#showingProperty()}.
     */
    public CheckpointGuide<Integer> guide(List<Checkpoint> list) {
        return new CheckpointGuide<>(checkpoints, list, this::laneNamed, playingProperty(), this::play);
    }

    /** The index of the lane called {@code name}, or null. */
    Integer laneNamed(String name) {
        for (int i = 0; i < rowList.size(); i++) {
            if (rowList.get(i).nameProperty().get().equals(name)) {
                return i;
            }
        }
        return null;
    }

    @Override
    protected void forgetTheMoment() {
        tokens.clear();
        frameEvents.clear();
    }

    /**
     * Sets one lane parameter from now on. Values are clamped to what the engine accepts and rounded where only
     * whole numbers make sense; the control shows the value actually used.
     */
    public void setParameter(int lane, LaneParam param, double value) {
        ParamControl c = control(lane, param);
        double v = Math.max(param.min(), Math.min(param.max(), value));
        if (param.whole()) {
            v = Math.rint(v);
        }
        if (v == c.valueProperty().get()) {
            return;
        }
        c.set(v);
        double applied = v;
        playback.change(sim -> sim.setParameter(lane, param, applied));
    }

    /** Sets a parameter from its slider's position (0..1). */
    public void setParameterPosition(int lane, LaneParam param, double position) {
        setParameter(lane, param, control(lane, param).range().fromPosition(position));
    }

    /** The producer's pace from now on (its next post is rescheduled); clamped to 0.1 – 36,000 posts an hour. */
    public void setPostsPerHour(double value) {
        double v = SliderRange.round3(Math.max(POSTS_PER_HOUR.lo(), Math.min(POSTS_PER_HOUR.hi(), value)));
        if (v == postsPerHour.get()) {
            return;
        }
        showPostsPerHour(v);
        playback.change(sim -> sim.setPostsPerHour(v));
    }

    public void setPostsPerHourPosition(double position) {
        setPostsPerHour(POSTS_PER_HOUR.fromPosition(position));
    }

    public double postsPerHourPosition() {
        return POSTS_PER_HOUR.toPosition(postsPerHour.get());
    }

    private void showPostsPerHour(double v) {
        postsPerHour.set(v);
        postsPerHourText.set(Messages.format("lanes.perHour", SliderRange.format(null, v)));
    }

    public void setOnFull(int lane, OnFull value) {
        if (onFull.get(lane).get() == null || value == null || onFull.get(lane).get() == value) {
            return;
        }
        onFull.get(lane).set(value);
        playback.change(sim -> sim.setOnFull(lane, value));
    }

    /**
     * One frame at wall time {@code nanos} (System.nanoTime or the AnimationTimer's stamp): advance, drain events
     * into tokens, refresh figures.
     */
    public void frame(long nanos) {
        wall += tick(nanos);
        pullSnapshot();
        playback.drainEvents(frameEvents);
        for (int i = 0; i < frameEvents.size(); i++) {
            addToken(frameEvents.kind(i), frameEvents.lane(i));
        }
        frameEvents.clear();
        tokens.expire(wall);
        followPlayback();
    }

    private void addToken(org.fanoutlab.engine.lanes.LaneEventKind kind, int lane) {
        LaneToken style = LaneToken.forEvent(kind);
        if (lane < 0) {
            // A post feeds every lane: one token from the producer to each lane's server end.
            lastPostWall = wall;
            for (int l = 0; l < rowList.size(); l++) {
                tokens.add(l, style, wall);
            }
        } else {
            tokens.add(lane, style, wall);
        }
    }

    private void pullSnapshot() {
        Published<LanesFrame> p = takeUnshown();
        if (p == null) {
            return;
        }
        LanesFrame s = p.figures();
        if (stepping) {
            // A step shows where the engine went; playing and seeking show the playhead.
            stepping = false;
            playback.align(s.now());
        }
        showTime(playback.position());
        producerText.set(producerLine(s.posts(), s.postsPerHour()));
        List<LaneMetrics> ms = s.metrics();
        for (int i = 0; i < ms.size() && i < rowList.size(); i++) {
            rowList.get(i).update(ms.get(i));
        }
        setFinished(s.finished());
        if (s.finished()) {
            setPlaying(false);
        }
    }


    private ParamControl control(int lane, LaneParam param) {
        for (ParamControl c : controls.get(lane)) {
            if (c.param() == param) {
                return c;
            }
        }
        throw new IllegalArgumentException("lane " + lane + " has no parameter " + param.id());
    }

    private String producerLine(long posts, double postsPerHour) {
        String rate = SliderRange.format(null, postsPerHour);
        return Messages.format("lanes.producerLine", scenario.producers().get(0).name(), rate,
                Messages.get("lanes.schedule." + scenario.producers().get(0).schedule().id()), LaneRow.count(posts));
    }

    /** "1:02:03 of 6:00:00". */
    @Override
    protected String clock(double now, double duration) {
        return Messages.format("lanes.clock", hms(now), hms(duration));
    }

    /** "1:02:03", "1 d 0:00:00". */
    static String hms(double seconds) {
        long s = (long) Math.floor(seconds);
        long d = s / 86_400;
        long h = (s % 86_400) / 3_600;
        long m = (s % 3_600) / 60;
        long sec = s % 60;
        String t = String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec);
        return d > 0 ? Messages.format("lanes.clock.days", d, t) : t;
    }
}
