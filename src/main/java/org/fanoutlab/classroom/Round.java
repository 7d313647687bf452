package org.fanoutlab.classroom;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fanoutlab.content.Grade;
import org.fanoutlab.content.Quiz;

/** One question asked to the room, its answers and, after the reveal, its grades. Guarded by the room's lock. */
final class Round {
    final int number;
    final Quiz quiz;
    final Instant askedAt;
    /** Participant number → latest answer, in the order of first answer. */
    final Map<Integer, Answered> answers = new LinkedHashMap<>();
    /** Participant number → grade; filled at the reveal. */
    final Map<Integer, Grade> grades = new LinkedHashMap<>();
    boolean revealed;
    /** numeric: the quiz's answer; predict: the engine's figure (null when it could not be computed). */
    Double figure;

    Round(int number, Quiz quiz, Instant askedAt) {
        this.number = number;
        this.quiz = quiz;
        this.askedAt = askedAt;
    }
}
