package org.fanoutlab.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fanoutlab.playback.Marker;
import org.fanoutlab.playback.Playback;

/**
 * A run's pause markers with a part to point at (a stage part, a lane): a lesson checkpoint pauses the run at a
 * simulated moment, outlines its part and shows its card; the host goes on with Play. Seeking past a checkpoint
 * does not fire it, playing across it again does (docs/decisions/0008). Every checkpoint is also a {@link Stop}
 * the timeline marks. Beans only, no scene graph: view-models own one and plain JUnit tests drive it.
 *
 * @param <P> what a checkpoint points at
 */
public class RunCheckpoints<P> {
    /**
     * Markers fire when the playhead moves past them, so one at 0 would never fire from a run that starts at 0:
     * a checkpoint at the very start stops this much later.
     */
    public static final double FIRST_MOMENT = 1e-6;

    /** Where a checkpoint is, for the timeline's tick, and what its tooltip says. */
    public record Stop(double at, String label) {
        public Stop {
            Objects.requireNonNull(label, "label");
        }
    }

    private final Playback<?, ?, ?, ?> playback;
    private final Runnable onPause;
    private final ReadOnlyObjectWrapper<P> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final BooleanProperty pausing = new SimpleBooleanProperty(this, "pausing", true);
    private final List<Marker> markers = new ArrayList<>();
    private final List<Stop> stopOf = new ArrayList<>();
    private final ObservableList<Stop> stops = FXCollections.observableArrayList();
    private final ObservableList<Stop> stopsView = FXCollections.unmodifiableObservableList(stops);

    /**
     * @param playback the run the markers stop
     * @param onPause  called on the owner's thread when a checkpoint stops the run, before its callback (the
     *                 view-model shows the pause and repaints)
     */
    public RunCheckpoints(Playback<?, ?, ?, ?> playback, Runnable onPause) {
        this.playback = Objects.requireNonNull(playback, "playback");
        this.onPause = Objects.requireNonNull(onPause, "onPause");
        // Off: the markers leave the playback, so the run plays through; the ticks stay on the timeline.
        pausing.addListener((o, was, on) -> markers.forEach(on ? playback::addMarker : playback::removeMarker));
    }

    /**
     * Pauses exactly at {@code seconds} while playing, outlines {@code part} (null for none) and calls
     * {@code onReached} on the owner's thread; the card it shows clears the outline with {@link #setFocus}(null).
     */
    public Marker add(double seconds, P part, Runnable onReached) {
        return add(seconds, part, "", onReached);
    }

    /** As {@link #add(double, Object, Runnable)}, with the words the timeline's tick shows for it. */
    public Marker add(double seconds, P part, String label, Runnable onReached) {
        Objects.requireNonNull(onReached, "onReached");
        Marker m = new Marker(Math.max(FIRST_MOMENT, seconds), () -> {
            focus.set(part);
            onPause.run();
            onReached.run();
        });
        Stop stop = new Stop(seconds, label == null ? "" : label);
        markers.add(m);
        stopOf.add(stop);
        stops.add(stop);
        if (pausing.get()) {
            playback.addMarker(m);
        }
        return m;
    }

    public void remove(Marker m) {
        int i = markers.indexOf(m);
        if (i < 0) {
            return;
        }
        markers.remove(i);
        stops.remove(stopOf.remove(i));
        playback.removeMarker(m);
    }

    /** Removes every checkpoint and the outline (a guide leaves the run). */
    public void clear() {
        List.copyOf(markers).forEach(this::remove);
        focus.set(null);
    }

    /** Outlines a part; null clears it (the view redraws on its next frame). */
    public void setFocus(P part) {
        focus.set(part);
    }

    public ReadOnlyObjectProperty<P> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /**
     * Whether the run stops at its checkpoints ("Pause at checkpoints", on by default): off, it plays through them
     * and no card shows.
     */
    public BooleanProperty pausingProperty() {
        return pausing;
    }

    /** Every checkpoint added, in the order added, for the timeline's ticks. */
    public ObservableList<Stop> stops() {
        return stopsView;
    }
}
