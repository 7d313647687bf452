package org.fanoutlab.content;

/**
 * The verdict on one answer.
 *
 * @param feedback the feedback of what the learner chose (options: theirs joined; true-false: whenTrue or
 *                 whenFalse; numeric/predict: a sentence comparing guess and answer)
 * @param expected for numeric and predict: the right figure (the engine's, for predict); otherwise null
 */
public record Grade(boolean correct, String feedback, String explain, Double expected) {
}
