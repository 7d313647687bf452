package org.fanoutlab.ui.lab;

import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Scenario;

/**
 * What a Lab hands to the Lab that replaces it when the UI language changes (docs/decisions/0011-ui-language.md):
 * the scenario with the learner's live changes, where it came from, where the stage's run stood, the lanes'
 * moment, the tab on show and the cost weights.
 *
 * @param scenario     the current scenario, live changes included (as File ▸ Save scenario writes it)
 * @param source       the preset or file name the toolbar shows
 * @param at           the stage's simulated moment, in seconds
 * @param playing      whether the stage was playing (else it stays paused at {@code at})
 * @param speed        the stage's speed, simulated seconds per second
 * @param lanesAt      the lanes' simulated moment, or null when the scenario has no lanes on show
 * @param lanesPlaying whether the lanes were playing
 * @param lanesSpeed   the lanes' speed, simulated seconds per second
 * @param tab          the index of the tab on show
 * @param weights      the cost weights compare mode and the threshold sweep use
 * @param presenting   whether presenter mode gave the stage most of the height
 */
record LabState(Scenario scenario, String source, double at, boolean playing, double speed, Double lanesAt,
        boolean lanesPlaying, double lanesSpeed, int tab, CostModel weights, boolean presenting) {
}
