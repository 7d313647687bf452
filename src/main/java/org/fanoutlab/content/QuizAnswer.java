package org.fanoutlab.content;

import java.util.Set;

/** What a learner answered. */
public sealed interface QuizAnswer {

    /** single and multiple: the indices of the chosen options. */
    record Choice(Set<Integer> chosen) implements QuizAnswer {
        public Choice {
            chosen = Set.copyOf(chosen);
        }
    }

    record TrueFalse(boolean value) implements QuizAnswer {
    }

    /** numeric, and predict (the guess). */
    record Number(double value) implements QuizAnswer {
    }
}
