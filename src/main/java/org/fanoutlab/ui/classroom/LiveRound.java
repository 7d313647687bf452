package org.fanoutlab.ui.classroom;

import java.util.List;
import org.fanoutlab.content.Quiz;

/**
 * The question asked, as the panel shows it while phones answer and after the reveal.
 *
 * @param answered  participants who answered
 * @param correct   how many are right, after the reveal; null before, or when a predict figure is missing
 * @param rightText the right answer in words, after the reveal; empty before
 * @param names     who answered what, in the order they answered; shown only when the instructor asks
 */
public record LiveRound(int round, Quiz quiz, String lessonTitle, boolean revealed, int answered, Integer correct,
        String rightText, Chart chart, List<NameRow> names) {

    public LiveRound {
        names = List.copyOf(names);
    }

    /**
     * One participant's answer.
     *
     * @param correct after the reveal; null before, or when not marked
     */
    public record NameRow(String name, String answer, Boolean correct) {
    }
}
