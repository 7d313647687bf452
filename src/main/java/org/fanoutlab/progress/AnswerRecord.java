package org.fanoutlab.progress;

import java.time.Instant;

/**
 * A learner's latest answer to one quiz.
 *
 * @param answer   the answer as shown to the learner again ("B", "A, C", "true", "119")
 * @param attempts how many times the learner has checked an answer to this quiz
 */
public record AnswerRecord(String lessonId, String quizId, String answer, boolean correct, int attempts, Instant at) {
}
