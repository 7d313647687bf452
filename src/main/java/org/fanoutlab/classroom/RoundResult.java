package org.fanoutlab.classroom;

import java.time.Instant;
import java.util.List;
import org.fanoutlab.content.Quiz;

/**
 * One question round as the instructor sees it.
 *
 * @param figure numeric: the quiz's answer; predict: the engine's figure once revealed (null before, or when it
 *               could not be computed); otherwise null
 */
public record RoundResult(int round, Quiz quiz, Instant askedAt, boolean revealed, Double figure, Tally tally,
        List<ParticipantAnswer> answers) {
    public RoundResult {
        answers = List.copyOf(answers);
    }
}
