package org.fanoutlab.content;

import java.util.List;
import java.util.Set;

/**
 * What a learner answered. Indexes count from 0 in the quiz as written. This is also the shape another front end
 * (a phone in class mode) sends to {@link QuizGrader#grade}.
 */
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

    /**
     * classify: for each item (by index), the index of the bucket the learner put it in, or {@link #UNPLACED}.
     * An unplaced item is graded as wrong; the panels only check once every item is placed.
     */
    record Classification(List<Integer> bucketOfItem) implements QuizAnswer {
        public static final int UNPLACED = -1;

        public Classification {
            bucketOfItem = List.copyOf(bucketOfItem);
        }
    }

    /** order: the steps' indexes (in the quiz as written, which is the correct order) in the learner's order. */
    record Ordering(List<Integer> steps) implements QuizAnswer {
        public Ordering {
            steps = List.copyOf(steps);
        }
    }
}
