package org.fanoutlab.classroom;

import java.util.List;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizOption;
import org.fanoutlab.content.QuizType;

/** One quiz of each type phones answer, with distinctive feedback and explanations to look for in leaks. */
public final class ClassQuizzes {
    public static final Quiz SINGLE = new Quiz("q-single", QuizType.SINGLE, "Who takes the **initiative** in pull?",
            List.of(new QuizOption("The producer", false, "FEEDBACK-SINGLE-0"),
                    new QuizOption("The consumer", true, "FEEDBACK-SINGLE-1"),
                    new QuizOption("The cache", false, "FEEDBACK-SINGLE-2")),
            null, null, null, null, 0, null, null, null, 0, "HINT-SINGLE", "EXPLAIN-SINGLE", 1);
    public static final Quiz MULTIPLE = new Quiz("q-multiple", QuizType.MULTIPLE, "Which grow with the audience?",
            List.of(new QuizOption("Push writes", true, "FEEDBACK-MULTI-0"),
                    new QuizOption("Pull checks", true, "FEEDBACK-MULTI-1"),
                    new QuizOption("Post size", false, "FEEDBACK-MULTI-2")),
            null, null, null, null, 0, null, null, null, 0, "HINT-MULTI", "EXPLAIN-MULTI", 2);
    public static final Quiz TRUE_FALSE = new Quiz("q-tf", QuizType.TRUE_FALSE, "An empty check costs nothing.",
            List.of(), false, "WHEN-TRUE-FEEDBACK", "WHEN-FALSE-FEEDBACK", null, 0, null, null, null, 0,
            "HINT-TF", "EXPLAIN-TF", 3);
    public static final Quiz NUMERIC = new Quiz("q-numeric", QuizType.NUMERIC, "4 posts to 500 followers: writes?",
            List.of(), null, null, null, 2000.0, 10, "writes", null, null, 0, "HINT-NUMERIC", "EXPLAIN-NUMERIC", 4);
    public static final Quiz PREDICT = new Quiz("q-predict", QuizType.PREDICT, "Guess the wasted checks per useful one.",
            List.of(), null, null, null, null, 0, "checks", "pull-every-30s", "wastedPerUseful", 10, "HINT-PREDICT",
            "EXPLAIN-PREDICT", 5);

    public static final List<Quiz> ALL = List.of(SINGLE, MULTIPLE, TRUE_FALSE, NUMERIC, PREDICT);

    private ClassQuizzes() {
    }

    public static QuizCatalog catalog() {
        return QuizCatalog.of(ALL.stream().map(q -> new QuizCatalog.Entry("lesson-a", "Lesson A", q)).toList());
    }
}
