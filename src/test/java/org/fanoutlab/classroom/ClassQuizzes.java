package org.fanoutlab.classroom;

import java.util.List;
import org.fanoutlab.content.ChoiceQuiz;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.NumericQuiz;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.PredictQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizOption;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.content.TrueFalseQuiz;

/** One quiz of each type phones answer, with distinctive feedback and explanations to look for in leaks. */
public final class ClassQuizzes {
    public static final Quiz SINGLE = new Quiz("q-single", QuizType.SINGLE, "Who takes the **initiative** in pull?",
            new ChoiceQuiz.Body(List.of(new QuizOption("The producer", false, "FEEDBACK-SINGLE-0"),
                    new QuizOption("The consumer", true, "FEEDBACK-SINGLE-1"),
                    new QuizOption("The cache", false, "FEEDBACK-SINGLE-2"))), "HINT-SINGLE", "EXPLAIN-SINGLE", 1);
    public static final Quiz MULTIPLE = new Quiz("q-multiple", QuizType.MULTIPLE, "Which grow with the audience?",
            new ChoiceQuiz.Body(List.of(new QuizOption("Push writes", true, "FEEDBACK-MULTI-0"),
                    new QuizOption("Pull checks", true, "FEEDBACK-MULTI-1"),
                    new QuizOption("Post size", false, "FEEDBACK-MULTI-2"))), "HINT-MULTI", "EXPLAIN-MULTI", 2);
    public static final Quiz TRUE_FALSE = new Quiz("q-tf", QuizType.TRUE_FALSE, "An empty check costs nothing.",
            new TrueFalseQuiz.Body(false, "WHEN-TRUE-FEEDBACK", "WHEN-FALSE-FEEDBACK"), "HINT-TF", "EXPLAIN-TF", 3);
    public static final Quiz NUMERIC = new Quiz("q-numeric", QuizType.NUMERIC, "4 posts to 500 followers: writes?",
            new NumericQuiz.Body(2000.0, 10, "writes"), "HINT-NUMERIC", "EXPLAIN-NUMERIC", 4);
    public static final Quiz PREDICT = new Quiz("q-predict", QuizType.PREDICT, "Guess the wasted checks per useful one.",
            new PredictQuiz.Body("pull-every-30s", "wastedPerUseful", 0, 10, "checks"), "HINT-PREDICT",
            "EXPLAIN-PREDICT", 5);
    /** The two types the course gained with the room's first version (docs/decisions/0001); items and steps as written. */
    public static final Quiz CLASSIFY = new Quiz("q-classify", QuizType.CLASSIFY, "Sort by who starts.",
            new ClassifyQuiz.Body(List.of("Push", "Pull"), List.of(
                    new ClassifyQuiz.Item("APNs", 0, "FEEDBACK-CLASSIFY-0"),
                    new ClassifyQuiz.Item("RSS", 1, "FEEDBACK-CLASSIFY-1"),
                    new ClassifyQuiz.Item("Webhook", 0, "FEEDBACK-CLASSIFY-2"))), "HINT-CLASSIFY", "EXPLAIN-CLASSIFY", 6);
    public static final Quiz ORDER = new Quiz("q-order", QuizType.ORDER, "Order a hybrid read.",
            new OrderQuiz.Body(List.of(new OrderQuiz.Step("Read the cache", "FEEDBACK-ORDER-0"),
                    new OrderQuiz.Step("Pull the stars", "FEEDBACK-ORDER-1"),
                    new OrderQuiz.Step("Merge", "FEEDBACK-ORDER-2"))), "HINT-ORDER", "EXPLAIN-ORDER", 7);

    public static final List<Quiz> ALL = List.of(SINGLE, MULTIPLE, TRUE_FALSE, NUMERIC, PREDICT, CLASSIFY, ORDER);

    private ClassQuizzes() {
    }

    public static QuizCatalog catalog() {
        return QuizCatalog.of(ALL.stream().map(q -> new QuizCatalog.Entry("lesson-a", "Lesson A", q)).toList());
    }
}
