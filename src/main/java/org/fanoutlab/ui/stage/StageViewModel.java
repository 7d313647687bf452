package org.fanoutlab.ui.stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
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
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.EventSink;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;

/**
 * The animated stage's state: the simulated clock and its speed, the events released so far turned into
 * tokens (or highlights, with reduced motion), and the counters shown beside each component.
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
    /** Animation seconds a token takes for one hop. Long enough to follow, short enough to keep up at 10,000×. */
    static final double FLIGHT_SECONDS = 0.6;
    /** A stalled frame (a GC, a window drag) never jumps the clock by more than this. */
    static final double MAX_FRAME_SECONDS = 0.25;
    static final int TOKEN_CAPACITY = 8192;
    /** How far (in wall seconds at the current speed) the clock may run ahead of the engine's latest figures. */
    static final double MAX_ENGINE_LAG_SECONDS = 0.5;

    private final StageEventSource source;
    private final SimulationRunner runner;
    private final EventBuffer incoming = new EventBuffer();
    private final TokenPool tokens = new TokenPool(TOKEN_CAPACITY);
    private final EventSink releaser = this::release;
    private final SplittableRandom jitter = new SplittableRandom(42); // cosmetic only, never the engine's

    private final ReadOnlyDoubleWrapper simSeconds = new ReadOnlyDoubleWrapper(this, "simSeconds", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1);
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyBooleanWrapper reducedMotion = new ReadOnlyBooleanWrapper(this, "reducedMotion", false);
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper(this, "lastAction", "");
    private final ReadOnlyBooleanWrapper disposed = new ReadOnlyBooleanWrapper(this, "disposed", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<StageScene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final ReadOnlyObjectWrapper<Metrics> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ReadOnlyObjectWrapper<StageSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");

    // Per-component counters for the watched consumers and producers (the engine's totals are in metrics).
    private final long[] producerPosts = new long[Anchors.MAX_PRODUCERS];
    private final long[] cacheWrites = new long[Anchors.MAX_WATCHED];
    private final long[] checksSent = new long[Anchors.MAX_WATCHED];
    private final long[] emptyAnswers = new long[Anchors.MAX_WATCHED];
    private final long[] usefulAnswers = new long[Anchors.MAX_WATCHED];
    private final long[] merges = new long[Anchors.MAX_WATCHED];
    /** Simulated seconds the watched consumer's latest new post waited between posting and reaching it; -1 none. */
    private final double[] lastWait = new double[Anchors.MAX_WATCHED];
    private final double[] lastPostTime = new double[Anchors.MAX_PRODUCERS];
    /** Per watched consumer, its latest answers oldest first (a ring): the pile of grey rings, as a still. */
    static final int HISTORY = 40;
    static final byte ANSWER_EMPTY = 1;
    static final byte ANSWER_NEW = 2;
    static final byte ANSWER_MERGED = 3;
    private final byte[] history = new byte[Anchors.MAX_WATCHED * HISTORY];
    private final int[] historyCount = new int[Anchors.MAX_WATCHED];
    private final boolean[] mergedThisCheck = new boolean[Anchors.MAX_WATCHED];
    private double lastPulledPostTime = -1;

    // Choreography, in animation seconds: when the latest post reaches the fan-out service, and when each
    // consumer's request reaches the place that answers it, so that answers leave only after questions arrive.
    private final double[] postArrives = new double[Anchors.MAX_PRODUCERS];
    private final double[] mergeAt = new double[Anchors.MAX_WATCHED];
    private final double[] answerAt = new double[Anchors.MAX_WATCHED];
    private final int[] answerFrom = new int[Anchors.MAX_WATCHED];

    // Reduced-motion highlights: which component acted, from when to when, and with what kind of token.
    private final double[] highlightStart = new double[Anchors.COUNT];
    private final double[] highlightEnd = new double[Anchors.COUNT];
    private final byte[] highlightStyle = new byte[Anchors.COUNT];

    private double clock;
    private double leadInStart;
    private double animNow;
    private double stepAnimationUntil;
    private boolean stepPending;
    private int queueProducer = -1;
    private int hovered = Anchors.NONE;
    private int[] drawnAnchors = new int[0];
    private long releasedEvents;
    private long changes;
    // The last event released in a frame, described once per frame (not once per event).
    private EventKind lastKind;
    private int lastProducer;
    private int lastWatched;
    private long lastCount;

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
        setScene(sc);
        Arrays.fill(lastWait, -1);
        double defaultSpeed = SpeedScale.snap(Math.max(1, Math.min(1000, sc.scenario().pollIntervalSeconds() / 3)));
        setSpeed(defaultSpeed);
        startAtLeadIn();
    }

    private void startAtLeadIn() {
        leadInStart = leadInStart(scene.get().scenario());
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
        tokens.clear();
        stepPending = false;
        playing.set(false);
        finished.set(false);
        queueProducer = -1;
        Arrays.fill(producerPosts, 0);
        Arrays.fill(cacheWrites, 0);
        Arrays.fill(checksSent, 0);
        Arrays.fill(emptyAnswers, 0);
        Arrays.fill(usefulAnswers, 0);
        Arrays.fill(merges, 0);
        Arrays.fill(historyCount, 0);
        Arrays.fill(lastWait, -1);
        Arrays.fill(lastPostTime, 0);
        lastPulledPostTime = -1;
        Arrays.fill(highlightEnd, 0);
        Arrays.fill(highlightStart, 0);
        lastAction.set("");
        lastKind = null;
        changes++;
        snapshot.set(null);
        metrics.set(null);
        startAtLeadIn();
    }

    /** Reduced motion: no flying tokens; the component that just acted is highlighted instead, one step at a time. */
    public void setReducedMotion(boolean on) {
        reducedMotion.set(on);
        if (on) {
            tokens.clear();
        }
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
        if (stepPending && !incoming.isEmpty()) {
            stepPending = false;
            jumpToNextEvent();
        } else {
            while (!incoming.isEmpty() && incoming.firstTime() <= clock) {
                incoming.pop(releaser);
            }
        }
        if (playing.get() || animNow < stepAnimationUntil) {
            animNow += dt;
        }
        tokens.retire(animNow);

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
            incoming.pop(releaser);
        }
        // Let this step's tokens finish their whole choreography although the clock is paused.
        stepAnimationUntil = animNow + FLIGHT_SECONDS * 4;
        simSeconds.set(clock);
        updateClockText();
        describeLastAction();
    }

    // ------------------------------------------------------------------------------------ events → the picture

    private void release(EventKind kind, double time, int producer, long post, int watched, long count) {
        releasedEvents++;
        changes++;
        if (time < leadInStart) {
            silentRelease(kind, producer, watched);
            return;
        }
        StageScene sc = scene.get();
        int pIndex = producer >= 0 ? Math.min(producer, Anchors.MAX_PRODUCERS - 1) : -1;
        boolean celebrity = producer >= 0 && producer < sc.producers().size()
                && sc.scenario().isCelebrity(sc.producers().get(producer));
        int w = watched >= 0 ? Math.min(watched, Anchors.MAX_WATCHED - 1) : -1;
        Model model = sc.model();
        switch (kind) {
            case POST_MADE -> {
                if (pIndex < 0) {
                    return;
                }
                producerPosts[pIndex]++;
                lastPostTime[pIndex] = time;
                boolean pulled = producer < sc.producers().size() && sc.isPulled(producer);
                if (pulled) {
                    lastPulledPostTime = time;
                }
                int dest = pulled ? Anchors.DATABASE : Anchors.FANOUT;
                show(TokenStyle.post(celebrity), Anchors.producer(pIndex), dest, animNow);
                postArrives[pIndex] = animNow + FLIGHT_SECONDS;
            }
            case WRITES_QUEUED -> {
                if (count > 0) {
                    queueProducer = producer; // a pulled post queues nothing: leave the crowd's fill alone
                }
                if (reducedMotion.get()) {
                    highlight(Anchors.FANOUT, pIndex >= 0 ? postArrives[pIndex] : animNow,
                            TokenStyle.write(celebrity));
                }
            }
            case WRITE_DONE -> {
                if (w < 0) {
                    return;
                }
                cacheWrites[w]++;
                if (pIndex >= 0) {
                    lastWait[w] = time - lastPostTime[pIndex];
                }
                double start = pIndex >= 0 ? Math.max(animNow, postArrives[pIndex]) : animNow;
                show(TokenStyle.write(celebrity), Anchors.FANOUT, Anchors.cache(w), start);
            }
            case CHECK_SENT -> {
                if (w < 0) {
                    return;
                }
                checksSent[w]++;
                mergedThisCheck[w] = false;
                int phone = Anchors.phone(w);
                if (model == Model.PULL) {
                    show(TokenStyle.CHECK, phone, Anchors.DATABASE, animNow);
                    answerFrom[w] = Anchors.DATABASE;
                    answerAt[w] = animNow + FLIGHT_SECONDS;
                    mergeAt[w] = animNow;
                } else if (model == Model.HYBRID && count > 0) {
                    // Reads its cache, then queries the celebrity timelines; their posts come back to be merged.
                    show(TokenStyle.CHECK, phone, Anchors.cache(w), animNow);
                    show(TokenStyle.CHECK, Anchors.cache(w), Anchors.DATABASE, animNow + FLIGHT_SECONDS);
                    answerFrom[w] = Anchors.cache(w);
                    mergeAt[w] = animNow + 2 * FLIGHT_SECONDS;
                    answerAt[w] = animNow + 3 * FLIGHT_SECONDS;
                } else {
                    show(TokenStyle.CHECK, phone, Anchors.cache(w), animNow);
                    answerFrom[w] = Anchors.cache(w);
                    answerAt[w] = animNow + FLIGHT_SECONDS;
                    mergeAt[w] = animNow;
                }
            }
            case CHECK_EMPTY -> {
                if (w < 0) {
                    return;
                }
                emptyAnswers[w]++;
                remember(w, ANSWER_EMPTY);
                if (model == Model.PUSH) {
                    break; // a push read is local to the cache: no answer travels, and "empty" would mislead
                }
                show(TokenStyle.ANSWER_EMPTY, answerFrom(w), Anchors.phone(w), Math.max(animNow, answerAt[w]));
            }
            case CHECK_USEFUL -> {
                if (w < 0) {
                    return;
                }
                usefulAnswers[w]++;
                remember(w, mergedThisCheck[w] ? ANSWER_MERGED : ANSWER_NEW);
                if (model == Model.PUSH) {
                    break;
                }
                if (model == Model.PULL && lastPulledPostTime >= 0) {
                    lastWait[w] = time - lastPulledPostTime;
                }
                show(TokenStyle.ANSWER_USEFUL, answerFrom(w), Anchors.phone(w), Math.max(animNow, answerAt[w]));
            }
            case MERGE_AT_READ -> {
                if (w < 0) {
                    return;
                }
                merges[w]++;
                mergedThisCheck[w] = true;
                if (lastPulledPostTime >= 0) {
                    lastWait[w] = time - lastPulledPostTime;
                }
                show(TokenStyle.MERGE, Anchors.DATABASE, Anchors.cache(w), Math.max(animNow, mergeAt[w]));
            }
        }
        lastKind = kind;
        lastProducer = producer;
        lastWatched = watched;
        lastCount = count;
    }

    private void remember(int w, byte outcome) {
        history[w * HISTORY + (historyCount[w] % HISTORY)] = outcome;
        historyCount[w]++;
    }

    /** How many answers {@link #answer(int, int)} can return for this consumer (at most {@link #HISTORY}). */
    int answers(int w) {
        return Math.min(historyCount[w], HISTORY);
    }

    /** The k-th most recent answer's outcome (k = 0 is the latest): ANSWER_EMPTY, _NEW or _MERGED. */
    byte answer(int w, int k) {
        int i = historyCount[w] - 1 - k;
        return history[w * HISTORY + (i % HISTORY)];
    }

    /** Events of the skipped quiet stretch: counted, not animated. */
    private void silentRelease(EventKind kind, int producer, int watched) {
        if (kind == EventKind.POST_MADE && producer >= 0) {
            producerPosts[Math.min(producer, Anchors.MAX_PRODUCERS - 1)]++;
            return;
        }
        if (watched < 0) {
            return;
        }
        int w = Math.min(watched, Anchors.MAX_WATCHED - 1);
        switch (kind) {
            case WRITE_DONE -> cacheWrites[w]++;
            case CHECK_SENT -> checksSent[w]++;
            case CHECK_EMPTY -> {
                emptyAnswers[w]++;
                remember(w, ANSWER_EMPTY);
            }
            case CHECK_USEFUL -> {
                usefulAnswers[w]++;
                remember(w, ANSWER_NEW);
            }
            case MERGE_AT_READ -> merges[w]++;
            default -> {
            }
        }
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

    private int answerFrom(int w) {
        int a = answerFrom[w];
        if (a == Anchors.PRODUCER0) {
            // Never set (answers never come from a producer): no check seen yet, answer from where this model does.
            return scene.get().model() == Model.PULL ? Anchors.DATABASE : Anchors.cache(w);
        }
        return a;
    }

    /** A token in normal mode; a highlight of the component it reaches in reduced motion. */
    private void show(TokenStyle style, int from, int to, double start) {
        if (reducedMotion.get()) {
            highlight(to, start, style);
            return;
        }
        // Lane jitter keeps parallel tokens on one path from hiding each other.
        tokens.spawn(style, from, to, start, FLIGHT_SECONDS, jitter.nextDouble() * 2 - 1);
    }

    private void highlight(int anchor, double start, TokenStyle style) {
        highlightStart[anchor] = start;
        highlightEnd[anchor] = start + FLIGHT_SECONDS;
        highlightStyle[anchor] = (byte) style.ordinal();
    }

    private void describeLastAction() {
        if (lastKind == null) {
            return;
        }
        StageScene sc = scene.get();
        String who = lastProducer >= 0 && lastProducer < sc.producers().size()
                ? sc.producers().get(lastProducer).name() : "a producer";
        String phone = "phone " + (lastWatched + 1);
        String text = switch (lastKind) {
            case POST_MADE -> who + " posted";
            case WRITES_QUEUED -> lastCount == 0
                    ? who + "'s post is stored once in the posts database: nothing to fan out"
                    : ComponentInfo.n(lastCount) + " cache writes queued for " + who + "'s post";
            case WRITE_DONE -> "fan-out wrote " + who + "'s post into " + phone + "'s feed cache";
            case CHECK_SENT -> phone + " checked its feed";
            case CHECK_EMPTY -> phone + "'s check came back empty";
            case CHECK_USEFUL -> phone + "'s check brought " + ComponentInfo.n(lastCount) + " new post"
                    + (lastCount == 1 ? "" : "s");
            case MERGE_AT_READ -> phone + " merged " + ComponentInfo.n(lastCount) + " celebrity post"
                    + (lastCount == 1 ? "" : "s") + " into its feed at read time";
        };
        lastKind = null;
        lastAction.set(text);
    }

    private void setScene(StageScene sc) {
        scene.set(sc);
        int producers = Math.min(sc.producers().size(), Anchors.MAX_PRODUCERS);
        int watched = Math.min(sc.watched().size(), Anchors.MAX_WATCHED);
        int[] ids = new int[producers + 2 + 2 * watched];
        int k = 0;
        for (int p = 0; p < producers; p++) {
            ids[k++] = Anchors.producer(p);
        }
        ids[k++] = sc.hasFanout() ? Anchors.FANOUT : Anchors.DATABASE;
        ids[k++] = Anchors.DATABASE;
        for (int i = 0; i < watched; i++) {
            ids[k++] = sc.hasFanout() ? Anchors.cache(i) : Anchors.DATABASE;
            ids[k++] = Anchors.phone(i);
        }
        drawnAnchors = ids;
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

    // ------------------------------------------------------------------------------------------ fps probe

    /**
     * Keeps {@code n} decorative tokens in flight between the drawn components (the {@code --fps-probe}
     * workload). Allocation-free, like the real tokens.
     */
    void keepTokensInFlight(int n) {
        int target = Math.min(n, tokens.capacity());
        int[] ids = drawnAnchors;
        while (tokens.size() < target && ids.length > 1) {
            int a = ids[jitter.nextInt(ids.length)];
            int b = ids[jitter.nextInt(ids.length)];
            if (a == b) {
                continue;
            }
            TokenStyle s = TokenStyle.ALL[jitter.nextInt(TokenStyle.ALL.length)];
            tokens.spawn(s, a, b, animNow - jitter.nextDouble() * 0.5, 0.6 + jitter.nextDouble() * 1.2,
                    jitter.nextDouble() * 2 - 1);
        }
    }

    // ------------------------------------------------------------------------------- what the view draws

    TokenPool tokens() {
        return tokens;
    }

    double animNow() {
        return animNow;
    }

    /** 0..1: how strongly a component is highlighted now (reduced motion), 0 when not. */
    double highlight(int anchor) {
        if (animNow < highlightStart[anchor] || animNow >= highlightEnd[anchor]) {
            return 0;
        }
        return 1 - (animNow - highlightStart[anchor]) / (highlightEnd[anchor] - highlightStart[anchor]) * 0.6;
    }

    TokenStyle highlightStyle(int anchor) {
        return TokenStyle.ALL[highlightStyle[anchor]];
    }

    long producerPosts(int p) {
        return producerPosts[Math.min(p, Anchors.MAX_PRODUCERS - 1)];
    }

    long cacheWrites(int w) {
        return cacheWrites[w];
    }

    long checksSent(int w) {
        return checksSent[w];
    }

    long emptyAnswers(int w) {
        return emptyAnswers[w];
    }

    long usefulAnswers(int w) {
        return usefulAnswers[w];
    }

    /** How long the latest post this watched consumer got had waited, simulated seconds; -1 before any. */
    double lastWait(int w) {
        return lastWait[w];
    }

    long merges(int w) {
        return merges[w];
    }

    /** The producer whose writes were queued last (its colour fills the queue), or -1. */
    int queueProducer() {
        return queueProducer;
    }

    /** Bumped whenever a figure shown on the stage may have changed; lets an idle stage skip repainting. */
    long changes() {
        return changes;
    }

    /** Whether anything moves on the token layer now (tokens in flight, or a highlight fading). */
    boolean animating() {
        if (tokens.size() > 0) {
            return true;
        }
        for (int a = 0; a < Anchors.COUNT; a++) {
            if (highlightEnd[a] > animNow) {
                return true;
            }
        }
        return false;
    }

    long releasedEvents() {
        return releasedEvents;
    }

    boolean stepPending() {
        return stepPending;
    }

    /** Fan-out reach of the latest pushed post, 0..1, for the crowd's fill. */
    double crowdFill() {
        StageSnapshot s = snapshot.get();
        if (s == null || queueProducer < 0 || queueProducer >= s.fanoutProgress().length) {
            return 0;
        }
        return s.fanoutProgress()[queueProducer];
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
