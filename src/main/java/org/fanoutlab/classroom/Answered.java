package org.fanoutlab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.fanoutlab.content.QuizAnswer;

/**
 * A participant's latest answer in a round.
 *
 * @param wire the answer as the API shows it ({@link AnswerFormat#write})
 */
public record Answered(QuizAnswer answer, JsonNode wire, Instant at) {
}
