package org.fanoutlab.content;

/** Grades answers per docs/decisions/0001. Pure: no I/O, so the panels and the review screen share it. */
public final class QuizGrader {
    private QuizGrader() {
    }

    /** single, multiple, true-false and numeric. */
    public static Grade grade(Quiz quiz, QuizAnswer answer) {
        throw new UnsupportedOperationException("grader not implemented yet");
    }

    /** predict: the learner's guess against the engine's figure for the quiz's preset and metric. */
    public static Grade gradePrediction(Quiz quiz, double guess, double actual) {
        throw new UnsupportedOperationException("grader not implemented yet");
    }
}
