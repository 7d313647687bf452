package org.fanoutlab.ui.guide;

import java.util.List;
import java.util.stream.Collectors;
import org.fanoutlab.ui.common.Messages;

/**
 * The guide's answer. It holds bundle keys, not sentences, so that it reads in whatever language the UI speaks
 * when it is shown.
 *
 * @param whyKeys       the sentences giving the reason for this approach, in order (two in all)
 * @param preset        the lab preset that shows it best ({@code lessons/scenarios/NAME.json})
 * @param presetNoteKey what the preset shows when the lab cannot model the approach exactly; null when it can
 */
record Recommendation(Approach approach, List<String> whyKeys, String preset, String presetNoteKey) {
    Recommendation {
        whyKeys = List.copyOf(whyKeys);
    }

    /** Two sentences: the reason for this approach given the answers. */
    String why() {
        return whyKeys.stream().map(Messages::get).collect(Collectors.joining(" "));
    }

    /** What the preset stands in for, or empty when the lab runs the approach itself. */
    String presetNote() {
        return presetNoteKey == null ? "" : Messages.get(presetNoteKey);
    }
}
