package org.fanoutlab.ui.stage;

import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.EventSink;
import org.fanoutlab.ui.common.Messages;

/**
 * The latest released event as a sentence ("phone 2's check came back empty"), for the info line, the event log
 * and screen readers. Remembers only the last event and words it on demand: once per frame, not once per event.
 */
final class Narration implements EventSink {
    private StageScene scene;
    private EventKind lastKind;
    private int lastProducer;
    private int lastWatched;
    private long lastCount;

    Narration(StageScene scene) {
        this.scene = scene;
    }

    void setScene(StageScene sc) {
        scene = sc;
    }

    @Override
    public void accept(EventKind kind, double time, int producer, long post, int watched, long count) {
        lastKind = kind;
        lastProducer = producer;
        lastWatched = watched;
        lastCount = count;
    }

    void clear() {
        lastKind = null;
    }

    /** A sentence for the latest event released since the last call, or null when none was. */
    String take() {
        if (lastKind == null) {
            return null;
        }
        StageScene sc = scene;
        String who = lastProducer >= 0 && lastProducer < sc.producers().size()
                ? sc.producers().get(lastProducer).name() : Messages.get("stage.narration.someProducer");
        int phone = lastWatched + 1;
        String text = switch (lastKind) {
            case POST_MADE -> Messages.format("stage.narration.posted", who);
            case WRITES_QUEUED -> lastCount == 0
                    ? Messages.format("stage.narration.storedOnce", who)
                    : Messages.format("stage.narration.writesQueued", lastCount, who);
            case WRITE_DONE -> Messages.format("stage.narration.writeDone", who, phone);
            case CHECK_SENT -> Messages.format("stage.narration.checkSent", phone);
            case CHECK_EMPTY -> Messages.format("stage.narration.checkEmpty", phone);
            case CHECK_USEFUL -> Messages.format("stage.narration.checkUseful", phone, lastCount);
            case MERGE_AT_READ -> Messages.format("stage.narration.merged", phone, lastCount);
        };
        lastKind = null;
        return text;
    }
}
