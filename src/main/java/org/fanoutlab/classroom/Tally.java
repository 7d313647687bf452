package org.fanoutlab.classroom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The room's answers to one question, without names: what the instructor's bars and dot plot draw.
 *
 * @param counts  answer → how many gave it, in display order: every option index ("0", "1", …) for choice quizzes
 *                (a multiple answer counts for each option it picks), "true" and "false", each distinct number
 *                in ascending order; classify: "item:bucket" for every item and bucket ("2:1": item 2 put in
 *                bucket 1), order: "step:position" for every step and place ("0:2": the quiz's first written step put
 *                third), both with indexes from 0 in the quiz as written
 * @param values  numeric and predict: every guess, ascending (the dot plot); empty for the other types
 * @param correct how many were right, after the reveal; null before it, or when a predict figure is missing
 */
public record Tally(int answered, Map<String, Integer> counts, List<Double> values, Integer correct) {
    public Tally {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        values = List.copyOf(values);
    }
}
