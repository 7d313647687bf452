package org.fanoutlab.content;

import java.util.List;

/**
 * One quiz as written in a lesson (schema: docs/decisions/0001). Fields that a type does not use are null
 * (objects) or 0 (numbers); the parser guarantees the ones a type needs are present and valid.
 *
 * @param options          single and multiple
 * @param trueFalseAnswer  true-false
 * @param whenTrue         true-false: feedback for answering "true"
 * @param whenFalse        true-false: feedback for answering "false"
 * @param numericAnswer    numeric
 * @param tolerance        numeric: absolute tolerance; predict: absolute floor
 * @param unit             numeric and predict, may be null
 * @param preset           predict: name of a preset in lessons/scenarios/
 * @param metric           predict: a DESIGN.md §2 metric name, latency as deliveryLatencySeconds.p50 etc.
 * @param tolerancePercent predict: relative tolerance in percent
 * @param line             line of the quiz block's opening fence in the lesson file
 */
public record Quiz(
        String id,
        QuizType type,
        String prompt,
        List<QuizOption> options,
        Boolean trueFalseAnswer,
        String whenTrue,
        String whenFalse,
        Double numericAnswer,
        double tolerance,
        String unit,
        String preset,
        String metric,
        double tolerancePercent,
        String hint,
        String explain,
        int line) {

    public Quiz {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
