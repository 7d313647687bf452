package org.fanoutlab.ui.stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.EventSink;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.playback.EventBuffer;
import org.fanoutlab.playback.FanoutFrame;
import org.fanoutlab.playback.FanoutPlayback;
import org.fanoutlab.playback.Playback;
import org.fanoutlab.playback.Published;
import org.fanoutlab.playback.SpeedScale;
import org.fanoutlab.playback.WatchedTally;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.common.TransportViewModel;

/**
 * The animated stage's state and commands over a {@link FanoutPlayback}: the playhead and its speed, play, pause,
 * step, seek, reset, pause markers and the engine's figures. Released events go to the {@link Choreography}
 * (tokens, or highlights with reduced motion) and the {@link Narration}; the counters beside the components
 * come with the engine's figures ({@link WatchedTally}), so they are right after a seek.
 *
 * <p>{@link #frame(long)} is called once per frame with a timestamp in nanoseconds (the AnimationTimer's, or a
 * test clock's): the playback moves the playhead, and every event whose simulated time it has reached is
 * released. Properties use JavaFX beans only (no toolkit), so this class is tested with plain JUnit. Not
 * thread-safe: call it from the FX thread (or one test thread); {@link #dispose()} stops the engine thread.
 */
public final class StageViewModel
        extends TransportViewModel<Playback<?, Consumer<Simulation>, EventBuffer, FanoutFrame>, FanoutFrame> {
    private final EventBuffer incoming = new EventBuffer();
    private final Choreography choreo;
    private final Narration narration;
    /** Each released event goes to the tokens and to the narration. */
    private final EventSink toStage;

    private final ReadOnlyBooleanWrapper reducedMotion = new ReadOnlyBooleanWrapper(this, "reducedMotion", false);
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper(this, "lastAction", "");
    private final EventLog eventLog = new EventLog();
    private final ReadOnlyBooleanWrapper disposed = new ReadOnlyBooleanWrapper(this, "disposed", false);
    private final ReadOnlyObjectWrapper<StageScene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final StageCheckpoints checkpoints;

    private double stepAnimationUntil;
    private boolean stepPending;
    private int hovered = Anchors.NONE;
    private long changes;
    /** Everything the stage shows from the engine, as of its latest moment; null before the first. */
    private FanoutFrame figures;

    /** A stage for a scenario, with the engine on its own thread. */
    public StageViewModel(Scenario scenario) {
        this(new FanoutPlayback(Objects.requireNonNull(scenario, "scenario")));
    }

    /**
     * A stage for a preset file ({@code lessons/scenarios/NAME.json}).
     *
     * @throws ScenarioFileException when the file is not a valid scenario (the problems name line and column)
     * @throws IOException           when it cannot be read
     */
    public static StageViewModel forPreset(Path scenarioFile) throws IOException, ScenarioFileException {
        return new StageViewModel(ScenarioReader.read(scenarioFile));
    }

    /** A stage over a given playback (tests pass one whose engine runs on the calling thread). */
    public StageViewModel(Playback<?, Consumer<Simulation>, EventBuffer, FanoutFrame> playback) {
        super(playback, "stage.error");
        this.checkpoints = new StageCheckpoints(playback, () -> {
            setPlaying(false);
            changes++;
        });
        FanoutFrame first = playback.latest().figures();
        StageScene sc = new StageScene(first.scenario(), first.watched());
        choreo = new Choreography(sc);
        narration = new Narration(sc);
        toStage = (k, t, p, post, w, n) -> {
            choreo.accept(k, t, p, post, w, n);
            narration.accept(k, t, p, post, w, n);
        };
        setScene(sc);
        Scenario scenario = sc.scenario();
        setSpeed(SpeedScale.snap(Math.max(1, Math.min(1000, scenario.pollIntervalSeconds() / 3))));
        playback.setStart(LeadIn.start(scenario));
        playback.seek(playback.start());
        showFrame();
        updateClock();
    }

    @Override
    public void play() {
        stepPending = false;
        super.play();
        updateClock();
    }

    /**
     * Pauses and jumps the playhead to the next event, releasing every event at that instant. If the engine has
     * not simulated that far yet, it is asked to, and the jump happens on the frame its answer arrives.
     */
    public void step() {
        pause();
        playback.drainEvents(incoming);
        if (!incoming.isEmpty()) {
            jumpToNextEvent();
        } else if (!finishedProperty().get()) {
            stepPending = true;
            playback.step();
        }
    }

    /** Moves the playhead to {@code seconds}, backwards too; figures and counters follow, tokens in flight go. */
    @Override
    public void seek(double seconds) {
        stepPending = false;
        playback.seek(seconds);
        forgetTheMoment();
        showFrame();
        updateClock();
        setFinished(playback.position() >= playback.durationSeconds());
    }

    /** A new run from time 0 (or the lead-in) with the current settings, paused; the history is dropped. */
    public void reset() {
        playback.restart();
        stepPending = false;
        setPlaying(false);
        setFinished(false);
        eventLog.clear();
        forgetTheMoment();
        showFrame();
        updateClock();
    }

    /** Reduced motion: no flying tokens; the component that just acted is highlighted instead. */
    public void setReducedMotion(boolean on) {
        reducedMotion.set(on);
        choreo.setReducedMotion(on);
    }

    /** Applies a live change at the engine's moment; it becomes part of the run's history. */
    public void applyLive(Consumer<Simulation> change) {
        playback.change(change);
    }

    /** Pause markers with a highlighted part: lesson checkpoints (see {@link StageCheckpoints}). */
    public StageCheckpoints checkpoints() {
        return checkpoints;
    }

    /** Lays a lab block's checkpoints over this run (see {@link StageGuide#over}). */
    public CheckpointGuide<StagePart> guide(List<Checkpoint> list) {
        return StageGuide.over(this, list);
    }

    /** Stops the simulation thread. The stage shows its last frame and ignores further commands. */
    @Override
    public void dispose() {
        super.dispose();
        disposed.set(true);
    }

    public ReadOnlyBooleanProperty disposedProperty() {
        return disposed.getReadOnlyProperty();
    }

    /** Shows what a component is and costs in {@link #infoProperty()}; {@link Anchors#NONE} clears it. */
    void hover(int anchor) {
        hovered = anchor;
        info.set(ComponentInfo.describe(anchor, scene.get(), getMetrics()));
    }

    // ---------------------------------------------------------------------------------------------- the frame

    /** One frame at {@code nanos} (the AnimationTimer's stamp, or a test clock's). */
    public void frame(long nanos) {
        if (disposed.get()) {
            return;
        }
        double dt = tick(nanos);
        // Figures first, events second: the worker publishes both at once, so events drained after the figures
        // were read are never older than them.
        showFrame();
        playback.drainEvents(incoming);
        long released = choreo.releasedEvents();
        double position = playback.position();
        if (stepPending && !incoming.isEmpty()) {
            stepPending = false;
            jumpToNextEvent();
        } else {
            while (!incoming.isEmpty() && incoming.firstTime() <= position) {
                incoming.pop(toStage);
            }
        }
        if (choreo.releasedEvents() != released) {
            changes++;
        }
        boolean moving = playback.isPlaying() || choreo.animNow() < stepAnimationUntil;
        choreo.advance(moving ? dt : 0);
        setFinished(playback.position() >= playback.durationSeconds());
        updateClock();
        describeLastAction();
        followPlayback();
    }

    private void showFrame() {
        Published<FanoutFrame> p = takeUnshown();
        if (p == null) {
            return;
        }
        FanoutFrame f = p.figures();
        figures = f;
        changes++;
        StageScene current = scene.get();
        if (f.scenario() != current.scenario() || !f.watched().equals(current.watched())) {
            setScene(new StageScene(f.scenario(), f.watched()));
        }
        if (hovered != Anchors.NONE) {
            hover(hovered);
        }
        if (stepPending && p.finished() && incoming.isEmpty()) {
            stepPending = false; // nothing left to step to
        }
    }

    /** Tokens and pending events belong to the moment the playhead left. */
    @Override
    protected void forgetTheMoment() {
        incoming.clear();
        choreo.clear();
        narration.clear();
        lastAction.set("");
        changes++;
    }

    private void jumpToNextEvent() {
        double t = incoming.firstTime();
        if (t > playback.position()) {
            playback.align(t);
        }
        while (!incoming.isEmpty() && incoming.firstTime() <= playback.position()) {
            incoming.pop(toStage);
        }
        changes++;
        // Let this step's tokens finish their whole choreography although the clock is paused.
        stepAnimationUntil = choreo.animNow() + Choreography.FLIGHT_SECONDS * 4;
        updateClock();
        describeLastAction();
    }

    /** Where the clock opens and {@link #reset()} returns: 0, or just before the first post. */
    public double startSeconds() {
        return playback.start();
    }

    private void describeLastAction() {
        String text = narration.take();
        if (text != null) {
            eventLog.add(TimeText.format(getSimSeconds()), text, lastAction.get());
            lastAction.set(text);
        }
    }

    private void setScene(StageScene sc) {
        scene.set(sc);
        choreo.setScene(sc);
        narration.setScene(sc);
    }

    private void updateClock() {
        showTime(playback.position());
    }

    /** "12:03.4 / 1:00:00.0", simulated. */
    @Override
    protected String clock(double now, double duration) {
        return TimeText.format(now) + " / " + TimeText.format(duration);
    }

    Choreography choreography() {
        return choreo;
    }

    /** The counters beside each component, as of the latest figures. */
    WatchedTally tally() {
        FanoutFrame f = figures;
        return f == null ? new WatchedTally(scene.get().scenario()) : f.tally();
    }

    /** Keeps {@code n} decorative tokens in flight (the {@code --fps-probe} workload). */
    void keepTokensInFlight(int n) {
        choreo.keepTokensInFlight(n);
    }

    /** Bumped whenever a figure shown on the stage may have changed; lets an idle stage skip repainting. */
    long changes() {
        return changes;
    }


    /** Fan-out reach of the latest pushed post, 0..1, for the crowd's fill. */
    double crowdFill() {
        FanoutFrame f = figures;
        if (f == null) {
            return 0;
        }
        int qp = f.tally().queueProducer();
        return qp < 0 || qp >= f.fanoutProgress().length ? 0 : f.fanoutProgress()[qp];
    }

    // ------------------------------------------------------------------------------------------- properties

    public ReadOnlyBooleanProperty reducedMotionProperty() {
        return reducedMotion.getReadOnlyProperty();
    }

    public boolean isReducedMotion() {
        return reducedMotion.get();
    }

    /** What the hovered component is and what it costs; empty when nothing is hovered. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** What happened, newest last, bounded; cleared on reset. */
    public ObservableList<String> eventLog() {
        return eventLog.lines();
    }

    /** A sentence for the latest thing that happened ("phone 2's check came back empty"). */
    public ReadOnlyStringProperty lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StageScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public StageScene getScene() {
        return scene.get();
    }

    /** The engine's totals over every consumer, at the engine's latest moment; null before the first. */
    public Metrics getMetrics() {
        return figures == null ? null : figures.metrics();
    }

    /** The part outlined for a checkpoint, or null. */
    public ReadOnlyObjectProperty<StagePart> focusProperty() {
        return checkpoints.focusProperty();
    }
}
