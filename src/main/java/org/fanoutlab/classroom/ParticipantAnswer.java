package org.fanoutlab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One participant's answer in a round, for the instructor (names hidden unless the instructor shows them) and the
 * CSV. Never sent to phones.
 *
 * @param name    the nickname, or null
 * @param correct null before the reveal, or when a predict figure is missing
 */
public record ParticipantAnswer(int participant, String name, JsonNode answer, Instant at, Boolean correct) {
}
