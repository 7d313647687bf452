package org.fanoutlab.ui.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.playback.Playback;
import org.fanoutlab.playback.Published;
import org.fanoutlab.playback.SpeedScale;

/**
 * The transport every animated run has over its {@link Playback}: play, pause, speed, the jump keys, the clock,
 * the frame tick, showing each engine publication once, and the engine's failure. The stage and the lanes
 * screen extend it with what they draw; JavaFX beans only (no scene graph), so plain JUnit tests drive it.
 * Not thread-safe: call it from the FX thread (or one test thread).
 *
 * @param <P> the playback
 * @param <F> the figures the engine publishes
 */
public abstract class TransportViewModel<P extends Playback<?, ?, ?, F>, F> {
    /** Shift+← / Shift+→ move the playhead by this share of the run. */
    private static final double JUMP_SHARE = 0.05;

    protected final P playback;
    private final String failureKey;

    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1);
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyDoubleWrapper simSeconds = new ReadOnlyDoubleWrapper(this, "simSeconds", 0);
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private long lastNanos = Long.MIN_VALUE;
    private Published<F> shown;
    private long shownEpoch = -1;

    /**
     * @param failureKey the message for a failure on the engine's worker, {@code {0}} its text
     */
    protected TransportViewModel(P playback, String failureKey) {
        this.playback = Objects.requireNonNull(playback, "playback");
        this.failureKey = Objects.requireNonNull(failureKey, "failureKey");
    }

    // -------------------------------------------------------------------------------------------- commands

    /** Plays from the playhead; at the end, from the start again. */
    public void play() {
        playback.play();
        playing.set(playback.isPlaying());
        finished.set(false);
    }

    public void pause() {
        playback.pause();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves the playhead to {@code seconds}, backwards too; what is shown follows. */
    public abstract void seek(double seconds);

    public void seekToStart() {
        seek(0);
    }

    public void seekToEnd() {
        seek(playback.durationSeconds());
    }

    /** Shift+→ (positive) or Shift+← (negative): a twentieth of the run per press. */
    public void jump(int presses) {
        seek(playback.position() + presses * JUMP_SHARE * playback.durationSeconds());
    }

    public void faster() {
        setSpeed(SpeedScale.faster(speed.get()));
    }

    public void slower() {
        setSpeed(SpeedScale.slower(speed.get()));
    }

    /** Simulated seconds per wall second, clamped to 0.1 … 10,000. */
    public void setSpeed(double simSecondsPerSecond) {
        playback.setSpeed(simSecondsPerSecond);
        speed.set(playback.speed());
        speedText.set(SpeedScale.label(playback.speed()));
    }

    /** The log slider's position, 0..1, for 0.1× … 10,000×. */
    public double speedPosition() {
        return SpeedScale.toPosition(speed.get());
    }

    public void setSpeedPosition(double position) {
        setSpeed(SpeedScale.fromPosition(position));
    }

    /** Stops the engine's worker; what is shown stays as it was. */
    public void dispose() {
        pause();
        playback.close();
    }

    public double durationSeconds() {
        return playback.durationSeconds();
    }

    /** The playback behind the view (markers, the Lab's changes and series, tests). */
    public P playback() {
        return playback;
    }

    // -------------------------------------------------------------------------------- for the frame loop

    /**
     * Moves the playback to the frame at {@code nanos} (the AnimationTimer's stamp, or a test clock's) and
     * returns the wall seconds since the previous frame, 0 … {@link Playback#MAX_FRAME_SECONDS}.
     */
    protected final double tick(long nanos) {
        double dt = lastNanos == Long.MIN_VALUE ? 0
                : Math.max(0, Math.min(Playback.MAX_FRAME_SECONDS, (nanos - lastNanos) / 1e9));
        lastNanos = nanos;
        playback.frame(nanos);
        return dt;
    }

    /**
     * The engine's latest publication if it has not been shown yet, else null. The first one of a new run
     * (restart, seek backwards) calls {@link #forgetTheMoment()} first.
     */
    protected final Published<F> takeUnshown() {
        Published<F> p = playback.latest();
        if (p == null || p == shown) {
            return null;
        }
        shown = p;
        if (p.epoch() != shownEpoch) {
            shownEpoch = p.epoch();
            forgetTheMoment();
        }
        return p;
    }

    /** Drops what belongs to the moment the playhead left (tokens in flight, pending events). */
    protected abstract void forgetTheMoment();

    /** The clock line for the playhead at {@code now} of a run {@code duration} long. */
    protected abstract String clock(double now, double duration);

    /** Shows the playhead: {@link #simSecondsProperty()} and the clock line. */
    protected final void showTime(double seconds) {
        simSeconds.set(seconds);
        String text = clock(seconds, playback.durationSeconds());
        if (!text.equals(clockText.get())) {
            clockText.set(text);
        }
    }

    /** Playing follows the playback (it stops at a marker or the end); a failure on the worker pauses. */
    protected final void followPlayback() {
        playing.set(playback.isPlaying());
        Throwable f = playback.failure();
        if (f != null && error.get().isEmpty()) {
            error.set(Messages.format(failureKey, f.getMessage() == null ? f.toString() : f.getMessage()));
            pause();
        }
    }

    protected final void setPlaying(boolean on) {
        playing.set(on);
    }

    protected final void setFinished(boolean done) {
        finished.set(done);
    }

    // ------------------------------------------------------------------------------------------- properties

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** The playhead is at the end of the run. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Simulated seconds per wall second. */
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

    /** The playhead, simulated seconds. */
    public ReadOnlyDoubleProperty simSecondsProperty() {
        return simSeconds.getReadOnlyProperty();
    }

    public double getSimSeconds() {
        return simSeconds.get();
    }

    /** Where the playhead is and how long the run is, as the screen writes it. */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** Non-empty when the engine failed; the run pauses. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
