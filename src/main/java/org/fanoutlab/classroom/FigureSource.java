package org.fanoutlab.classroom;

import org.fanoutlab.content.Quiz;

/**
 * Where the engine's figure for a predict quiz comes from at the reveal: the headless room runs the preset
 * ({@link PresetFigureSource}); the instructor's panel can hand over the figure of the run it shows on the stage.
 */
public interface FigureSource {

    /**
     * Starts working out the figure, so that the reveal does not wait for a run (called when the quiz is asked).
     */
    default void prepare(Quiz quiz) {
    }

    /**
     * @return the engine's figure for the quiz's preset and metric, or null when it cannot be computed
     */
    Double figure(Quiz quiz);
}
