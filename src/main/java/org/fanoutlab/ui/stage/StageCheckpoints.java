package org.fanoutlab.ui.stage;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fanoutlab.playback.Marker;
import org.fanoutlab.playback.Playback;

/**
 * A stage's pause markers with a part to point at: a lesson checkpoint pauses the stage at a simulated moment,
 * outlines a part of the diagram and shows its card; Play goes on. Seeking past a checkpoint does not fire it,
 * playing across it again does (docs/decisions/0008).
 */
public final class StageCheckpoints {
    private final Playback<?, ?, ?, ?> playback;
    private final Runnable onPause;
    private final ReadOnlyObjectWrapper<StagePart> focus = new ReadOnlyObjectWrapper<>(this, "focus");

    StageCheckpoints(Playback<?, ?, ?, ?> playback, Runnable onPause) {
        this.playback = playback;
        this.onPause = onPause;
    }

    /**
     * Pauses exactly at {@code seconds} while playing, outlines {@code part} (null for none) and calls
     * {@code onReached} on the FX thread; the card it shows clears the outline with {@link #setFocus}(null).
     */
    public Marker add(double seconds, StagePart part, Runnable onReached) {
        Objects.requireNonNull(onReached, "onReached");
        Marker m = new Marker(seconds, () -> {
            focus.set(part);
            onPause.run();
            onReached.run();
        });
        playback.addMarker(m);
        return m;
    }

    public void remove(Marker m) {
        playback.removeMarker(m);
    }

    /** Outlines a named part of the diagram; null clears it (the stage redraws on its next frame). */
    public void setFocus(StagePart part) {
        focus.set(part);
    }

    public ReadOnlyObjectProperty<StagePart> focusProperty() {
        return focus.getReadOnlyProperty();
    }
}
