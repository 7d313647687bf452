package org.fanoutlab.content;

/** One choice of a single or multiple quiz, with the feedback a learner who picks it sees. */
public record QuizOption(String text, boolean correct, String feedback) {
}
