package org.fanoutlab.content;

/**
 * The verdict on one part of an answer made of parts: a classify item, an order step.
 *
 * @param index    the item's index in the quiz as written (for order: the step's index in the correct order)
 * @param correct  whether this part is right
 * @param feedback what the learner reads beside it: where it belongs when it is wrong, then the author's feedback
 */
public record ItemVerdict(int index, boolean correct, String feedback) {
}
