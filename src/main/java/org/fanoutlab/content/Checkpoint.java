package org.fanoutlab.content;

import java.util.Optional;

/**
 * A moment in a lab block's run where the stage pauses, points at a part, and either says one sentence or asks a
 * quiz; the run goes on once the learner continues or answers (docs/decisions/0001).
 *
 * @param at    simulated seconds from the run's start, within [0, the preset's durationSeconds)
 * @param focus what to point at, or null: a {@link StagePart} id for a fan-out preset, a lane's name for a preset
 *              with delivery lanes
 * @param say   one sentence of narration, or null when the checkpoint asks
 * @param ask   the quiz, or null when the checkpoint says; its id is unique across the course and its answers are
 *              kept like any quiz's ({@link Lesson#quizzes()} lists it)
 * @param line  the lesson-file line of the checkpoint's list item
 */
public record Checkpoint(double at, String focus, String say, Quiz ask, int line) {
    public Checkpoint {
        if ((say == null) == (ask == null)) {
            throw new IllegalArgumentException("a checkpoint either says or asks, exactly one");
        }
    }

    public boolean asks() {
        return ask != null;
    }

    /** The stage part in focus, for a fan-out preset; empty when there is no focus or it names a lane. */
    public Optional<StagePart> stagePart() {
        return Optional.ofNullable(focus == null ? null : StagePart.fromId(focus));
    }
}
