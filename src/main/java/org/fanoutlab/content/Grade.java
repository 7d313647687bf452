package org.fanoutlab.content;

import java.util.List;

/**
 * The verdict on one answer.
 *
 * @param feedback the feedback of what the learner chose (options: theirs joined; true-false: whenTrue or
 *                 whenFalse; numeric/predict: a sentence comparing guess and answer; classify and order: how many
 *                 parts are right, with the parts' own feedback in {@code items})
 * @param expected for numeric and predict: the right figure (the engine's, for predict); otherwise null
 * @param items    for answers made of parts (classify, order): one verdict per part in the quiz's own order;
 *                 empty for the other types
 */
public record Grade(boolean correct, String feedback, String explain, Double expected, List<ItemVerdict> items) {
    public Grade {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A verdict without per-part feedback (single, multiple, true-false, numeric, predict). */
    public Grade(boolean correct, String feedback, String explain, Double expected) {
        this(correct, feedback, explain, expected, List.of());
    }
}
