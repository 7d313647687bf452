package org.fanoutlab.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.playback.Marker;

/**
 * A lesson's lab checkpoints laid over one run: the run stops at each one's moment, its part is outlined and
 * {@link #showingProperty()} names the checkpoint whose card is up; {@link #goOn()} (the card's Continue) clears it
 * and plays on. Pressing Play while a card is up skips it. Beans only, no scene graph: a host (the inline stage of
 * a lesson, the Lab, presenter mode) shows the card, plain JUnit tests drive the run with a test clock.
 *
 * @param <P> what the run points at (a stage part, a lane)
 */
public final class CheckpointGuide<P> {
    private final RunCheckpoints<P> points;
    private final Runnable play;
    private final ObservableBooleanValue playing;
    private final List<Checkpoint> checkpoints;
    private final List<Marker> markers = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Checkpoint> showing = new ReadOnlyObjectWrapper<>(this, "showing");
    private final ChangeListener<Boolean> skip;

    /**
     * @param points      the run's pause markers
     * @param checkpoints the lab block's checkpoints
     * @param focusOf     what a checkpoint's {@code focus} names on this run, or null for nothing it knows
     * @param playing     whether the run plays (Play while a card is up skips the card)
     * @param play        plays the run on (Continue)
     */
    public CheckpointGuide(RunCheckpoints<P> points, List<Checkpoint> checkpoints, Function<String, P> focusOf,
            ObservableBooleanValue playing, Runnable play) {
        this.points = Objects.requireNonNull(points, "points");
        this.play = Objects.requireNonNull(play, "play");
        this.playing = Objects.requireNonNull(playing, "playing");
        this.checkpoints = List.copyOf(checkpoints);
        for (Checkpoint c : this.checkpoints) {
            P part = c.focus() == null ? null : focusOf.apply(c.focus());
            markers.add(points.add(c.at(), part, label(c), () -> showing.set(c)));
        }
        skip = (o, was, now) -> {
            if (now && showing.get() != null) {
                close();
            }
        };
        playing.addListener(skip);
    }

    /** The checkpoint whose card is up (the run is paused at it), or null. */
    public ReadOnlyObjectProperty<Checkpoint> showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public Checkpoint showing() {
        return showing.get();
    }

    /** The card was answered or read: it goes, the outline goes, the run plays on. */
    public void goOn() {
        if (showing.get() == null) {
            return;
        }
        close();
        play.run();
    }

    /** Whether the run stops at the checkpoints; off, it plays through them (the ticks stay on the timeline). */
    public BooleanProperty pausingProperty() {
        return points.pausingProperty();
    }

    public List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    /** The earliest checkpoint's moment, or NaN without checkpoints: a run that opens later must open before it. */
    public double earliest() {
        return checkpoints.stream().mapToDouble(Checkpoint::at).min().orElse(Double.NaN);
    }

    /** Takes the checkpoints off the run (the lesson closed, another preset opened). */
    public void detach() {
        playing.removeListener(skip);
        markers.forEach(points::remove);
        markers.clear();
        close();
    }

    private void close() {
        showing.set(null);
        points.setFocus(null);
    }

    /** What the timeline's tick says: the sentence, or the question, as plain words. */
    static String label(Checkpoint c) {
        String text = c.asks() ? c.ask().prompt() : c.say();
        return text == null ? "" : text.replace("**", "").replace("`", "").replace("*", "").strip();
    }
}
