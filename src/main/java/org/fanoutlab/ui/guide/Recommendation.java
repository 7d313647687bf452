package org.fanoutlab.ui.guide;

/**
 * The guide's answer.
 *
 * @param why        two sentences: the reason for this approach given the answers
 * @param preset     the lab preset that shows it best ({@code lessons/scenarios/NAME.json})
 * @param presetNote what the preset shows when the lab cannot model the approach exactly, else empty
 */
record Recommendation(Approach approach, String why, String preset, String presetNote) {
}
