package org.fanoutlab.ui.stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;

/**
 * The animated stage's state and commands: the simulated clock and its speed, play, pause, step, reset, and the
 * engine's figures. Released events go to its {@link Choreography}, which turns them into tokens (or
 * highlights, with reduced motion) and the counters shown beside each component.
 *
 * <p>The frame clock is the stage's own: {@link #frame(double)} is called once per frame with the wall time
 * elapsed; the clock advances by speed × that time while playing, the engine is asked to catch up, and every
 * event whose simulated time has been reached is released. Pause freezes both the clock and the tokens.
 *
 * <p>Properties use JavaFX beans only (no toolkit needed), so this class is tested with plain JUnit. Not
 * thread-safe: call it from the FX thread (or one test thread). Call {@link #dispose()} when the stage goes
 * away, which stops the simulation thread.
 */
public final class StageViewModel {
    /** A stalled frame (a GC, a window drag) never jumps the clock by more than this. */
    static final double MAX_FRAME_SECONDS = 0.25;
    /** How far (in wall seconds at the current speed) the clock may run ahead of the engine's latest figures. */
    static final double MAX_ENGINE_LAG_SECONDS = 0.5;

    private final StageEventSource source;
    private final SimulationRunner runner;
    private final EventBuffer incoming = new EventBuffer();
    private final Choreography choreo;

    private final ReadOnlyDoubleWrapper simSeconds = new ReadOnlyDoubleWrapper(this, "simSeconds", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1);
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyBooleanWrapper reducedMotion = new ReadOnlyBooleanWrapper(this, "reducedMotion", false);
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper(this, "lastAction", "");
    /** The newest {@link #EVENT_LOG_SIZE} actions as text, for screen readers (a live log) and for catching up. */
    static final int EVENT_LOG_SIZE = 200;
    private final javafx.collections.ObservableList<String> eventLog =
            javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.ObservableList<String> eventLogView =
            javafx.collections.FXCollections.unmodifiableObservableList(eventLog);
    private final ReadOnlyBooleanWrapper disposed = new ReadOnlyBooleanWrapper(this, "disposed", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<StageScene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final ReadOnlyObjectWrapper<Metrics> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ReadOnlyObjectWrapper<StageSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");

    private double clock;
    private double leadInStart;
    private double stepAnimationUntil;
    private boolean stepPending;
    private int hovered = Anchors.NONE;
    private long changes;
    /** A stage for a scenario, with the engine on its own thread. */
    public StageViewModel(Scenario scenario) {
        this(new SimulationRunner(Objects.requireNonNull(scenario, "scenario")));
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

    StageViewModel(StageEventSource source) {
        this.source = Objects.requireNonNull(source, "source");
        this.runner = source instanceof SimulationRunner r ? r : null;
        StageScene sc = source.scene();
        this.choreo = new Choreography(sc);
        setScene(sc);
        double defaultSpeed = SpeedScale.snap(Math.max(1, Math.min(1000, sc.scenario().pollIntervalSeconds() / 3)));
        setSpeed(defaultSpeed);
        startAtLeadIn();
    }

    private void startAtLeadIn() {
        leadInStart = leadInStart(scene.get().scenario());
        choreo.setLeadIn(leadInStart);
        clock = leadInStart;
        simSeconds.set(clock);
        if (leadInStart > 0) {
            source.advanceTo(leadInStart);
        }
        updateClockText();
    }

    // ----------------------------------------------------------------------------------------------- commands

    public void play() {
        if (finished.get()) {
            reset();
        }
        playing.set(true);
        stepPending = false;
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Pauses and jumps the clock to the next event, releasing every event at that instant. If the engine has
     * not simulated that far yet, it is asked to, and the jump happens on the frame its answer arrives.
     */
    public void step() {
        pause();
        source.drainTo(incoming);
        if (!incoming.isEmpty()) {
            jumpToNextEvent();
        } else if (!finished.get()) {
            stepPending = true;
            source.advanceToNextEvent();
        }
    }

    public void faster() {
        setSpeed(SpeedScale.faster(speed.get()));
    }

    public void slower() {
        setSpeed(SpeedScale.slower(speed.get()));
    }

    /** Simulated seconds per wall second, clamped to 0.1 … 10,000. */
    public void setSpeed(double simSecondsPerSecond) {
        double s = SpeedScale.clamp(simSecondsPerSecond);
        speed.set(s);
        speedText.set(SpeedScale.label(s));
    }

    /** The log slider's position, 0..1, for 0.1× … 10,000×. */
    public double speedSliderPosition() {
        return SpeedScale.toPosition(speed.get());
    }

    public void setSpeedSliderPosition(double position) {
        setSpeed(SpeedScale.fromPosition(position));
    }

    /** Back to the start ({@link #startSeconds()}) with the current parameters, paused; counters and tokens cleared. */
    public void reset() {
        source.reset();
        incoming.clear();
        choreo.clear();
        stepPending = false;
        playing.set(false);
        finished.set(false);
        lastAction.set("");
        eventLog.clear();
        changes++;
        snapshot.set(null);
        metrics.set(null);
        startAtLeadIn();
    }

    /** Reduced motion: no flying tokens; the component that just acted is highlighted instead, one step at a time. */
    public void setReducedMotion(boolean on) {
        reducedMotion.set(on);
        choreo.setReducedMotion(on);
    }

    /** Applies a live change to the running simulation (lab sliders); a no-op for a stage without an engine. */
    public void applyLive(Consumer<Simulation> change) {
        if (runner != null) {
            runner.submit(change);
        }
    }

    /** The engine runner behind this stage (for the lab screen), or null when driven by another source. */
    public SimulationRunner runner() {
        return runner;
    }

    /** Stops the simulation thread. The stage shows its last frame and ignores further commands. */
    public void dispose() {
        playing.set(false);
        source.close();
        disposed.set(true);
    }

    /** True once {@link #dispose()} ran; the view stops its frame timer then. */
    public ReadOnlyBooleanProperty disposedProperty() {
        return disposed.getReadOnlyProperty();
    }

    /** Shows what a component is and costs in {@link #infoProperty()}; {@link Anchors#NONE} clears it. */
    void hover(int anchor) {
        hovered = anchor;
        info.set(ComponentInfo.describe(anchor, scene.get(), metrics.get()));
    }

    // ---------------------------------------------------------------------------------------------- the frame

    /** One frame: {@code wallSeconds} of real time have passed since the previous one. */
    void frame(double wallSeconds) {
        if (disposed.get()) {
            return;
        }
        double dt = Math.max(0, Math.min(MAX_FRAME_SECONDS, wallSeconds));
        double duration = scene.get().scenario().durationSeconds();
        StageSnapshot latest = source.snapshot();
        // When the engine cannot keep up (a million consumers at 10,000×), the clock waits for it rather than
        // running ahead of the figures: the effective speed drops to what this machine can simulate.
        boolean engineBehind = latest != null && clock - latest.simSeconds() > speed.get() * MAX_ENGINE_LAG_SECONDS
                && !latest.finished();
        if (playing.get()) {
            if (!engineBehind) {
                clock = Math.min(duration, clock + speed.get() * dt);
            }
            source.advanceTo(clock);
        }
        // Figures first, events second: the runner publishes both at once, so events drained after the snapshot
        // was read are never older than it, and the counters beside a figure never lag behind it.
        StageSnapshot snap = source.snapshot();
        source.drainTo(incoming);
        long released = choreo.releasedEvents();
        if (stepPending && !incoming.isEmpty()) {
            stepPending = false;
            jumpToNextEvent();
        } else {
            while (!incoming.isEmpty() && incoming.firstTime() <= clock) {
                incoming.pop(choreo);
            }
        }
        if (choreo.releasedEvents() != released) {
            changes++;
        }
        choreo.advance(playing.get() || choreo.animNow() < stepAnimationUntil ? dt : 0);

        if (snap != null && snap != snapshot.get()) {
            snapshot.set(snap);
            metrics.set(snap.metrics());
            changes++;
            if (snap.scene() != null && snap.scene() != scene.get()) {
                setScene(snap.scene());
            }
            if (hovered != Anchors.NONE) {
                hover(hovered);
            }
            if (stepPending && snap.finished() && incoming.isEmpty()) {
                stepPending = false; // nothing left to step to
            }
        }
        if (clock >= duration) {
            playing.set(false);
            finished.set(true);
        }
        simSeconds.set(clock);
        updateClockText();
        describeLastAction();
        if (runner != null && runner.failure() != null && error.get().isEmpty()) {
            Throwable f = runner.failure();
            error.set("The simulation stopped: " + (f.getMessage() == null ? f.toString() : f.getMessage()));
            playing.set(false);
        }
    }

    private void jumpToNextEvent() {
        double t = incoming.firstTime();
        if (t > clock) {
            clock = Math.min(t, scene.get().scenario().durationSeconds());
        }
        while (!incoming.isEmpty() && incoming.firstTime() <= clock) {
            incoming.pop(choreo);
        }
        changes++;
        // Let this step's tokens finish their whole choreography although the clock is paused.
        stepAnimationUntil = choreo.animNow() + Choreography.FLIGHT_SECONDS * 4;
        simSeconds.set(clock);
        updateClockText();
        describeLastAction();
    }

    /**
     * Where the stage opens: just before the first post when every producer posts on a uniform schedule and
     * the first post is far off (an hourly post comes at 30 minutes), so that Play shows the story within
     * seconds. The quiet stretch is still simulated; its totals are counted, only its tokens are skipped.
     */
    static double leadInStart(Scenario sc) {
        double first = Double.MAX_VALUE;
        for (Producer p : sc.producers()) {
            if (p.schedule() != org.fanoutlab.engine.Schedule.UNIFORM) {
                return 0;
            }
            if (p.postsPerHour() > 0) {
                first = Math.min(first, 0.5 * 3600 / p.postsPerHour());
            }
        }
        double leadIn = 2 * sc.pollIntervalSeconds();
        if (first == Double.MAX_VALUE || first < 2 * leadIn || first >= sc.durationSeconds()) {
            return 0;
        }
        // Whole poll intervals before the post, so the phones' rhythm is already under way.
        return Math.floor((first - leadIn) / sc.pollIntervalSeconds()) * sc.pollIntervalSeconds();
    }

    /** The clock's start (and where {@link #reset()} returns): 0, or just before the first post. */
    public double startSeconds() {
        return leadInStart;
    }

    private void describeLastAction() {
        String text = choreo.takeLastAction();
        if (text != null) {
            if (!text.equals(lastAction.get())) {
                if (eventLog.size() >= EVENT_LOG_SIZE) {
                    eventLog.remove(0);
                }
                eventLog.add(formatTime(simSeconds.get()) + "  " + text);
            }
            lastAction.set(text);
        }
    }

    private void setScene(StageScene sc) {
        scene.set(sc);
        choreo.setScene(sc);
    }

    private void updateClockText() {
        double d = scene.get().scenario().durationSeconds();
        String text = formatTime(clock) + " / " + formatTime(d);
        if (!text.equals(clockText.get())) {
            clockText.set(text);
        }
    }

    /** "42.5 s", "12:03.4", "1:00:00.0": tenths always shown, so slow speeds visibly tick. */
    static String formatTime(double seconds) {
        // Truncated, like any clock: 59.97 s is not yet a minute.
        long tenths = (long) Math.floor(seconds * 10 + 1e-9);
        if (tenths < 600) {
            return String.format(Locale.ROOT, "%d.%d s", tenths / 10, tenths % 10);
        }
        long s = tenths / 10;
        long h = s / 3600;
        long m = (s / 60) % 60;
        long sec = s % 60;
        if (h > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d.%d", h, m, sec, tenths % 10);
        }
        return String.format(Locale.ROOT, "%d:%02d.%d", m, sec, tenths % 10);
    }

    // ------------------------------------------------------------------------------- what the view draws

    /** The tokens, highlights and per-component counters drawn on the stage. */
    Choreography choreography() {
        return choreo;
    }

    /** Keeps {@code n} decorative tokens in flight (the {@code --fps-probe} workload). */
    void keepTokensInFlight(int n) {
        choreo.keepTokensInFlight(n);
    }

    /** Bumped whenever a figure shown on the stage may have changed; lets an idle stage skip repainting. */
    long changes() {
        return changes;
    }

    boolean stepPending() {
        return stepPending;
    }

    /** Fan-out reach of the latest pushed post, 0..1, for the crowd's fill. */
    double crowdFill() {
        StageSnapshot s = snapshot.get();
        int qp = choreo.queueProducer();
        if (s == null || qp < 0 || qp >= s.fanoutProgress().length) {
            return 0;
        }
        return s.fanoutProgress()[qp];
    }

    // ------------------------------------------------------------------------------------------- properties

    public ReadOnlyDoubleProperty simSecondsProperty() {
        return simSeconds.getReadOnlyProperty();
    }

    public double getSimSeconds() {
        return simSeconds.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public double getSpeed() {
        return speed.get();
    }

    /** "10×", for the speed label. */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** "12:03.4 / 1:00:00.0", simulated. */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

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

    /** A sentence for the latest thing that happened ("phone 2's check came back empty"). */
    /** What happened, newest last, bounded; cleared on reset. */
    public javafx.collections.ObservableList<String> eventLog() {
        return eventLogView;
    }

    public ReadOnlyStringProperty lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }

    /** Non-empty when the simulation failed; the stage pauses. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StageScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public StageScene getScene() {
        return scene.get();
    }

    /** The engine's totals over every consumer, as of the latest advance; null before the first. */
    public ReadOnlyObjectProperty<Metrics> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public Metrics getMetrics() {
        return metrics.get();
    }

    ReadOnlyObjectProperty<StageSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** Producer name shortcut for the view. */
    String producerName(int p) {
        StageScene sc = scene.get();
        Producer pr = sc.producers().get(p);
        return pr.name();
    }
}
