package org.fanoutlab.ui.quiz;

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

/** Hand-built quizzes for tests. */
public final class Quizzes {
    private Quizzes() {
    }

    public static Quiz single(String id) {
        return new Quiz(id, QuizType.SINGLE, "Who moves the data in **pull**?", new ChoiceQuiz.Body(
                List.of(new QuizOption("The producer", false, "No: in pull the producer only stores the post."),
                        new QuizOption("The consumer", true, "Yes: the consumer asks."),
                        new QuizOption("Nobody", false, "Someone has to."))), "Think of who sends the request.",
                "Pull means the consumer asks for new posts.", 1);
    }

    public static Quiz multiple(String id) {
        return new Quiz(id, QuizType.MULTIPLE, "Which cost more under push?", new ChoiceQuiz.Body(
                List.of(new QuizOption("Cache writes", true, "Right: one per follower."),
                        new QuizOption("Empty checks", false, "Those are pull's cost."),
                        new QuizOption("Fan-out backlog", true, "Right: writes queue up."))),
                "Count the writes.", "Push pays on write.", 1);
    }

    public static Quiz trueFalse(String id) {
        return new Quiz(id, QuizType.TRUE_FALSE, "Pull wastes checks when posts are rare.",
                new TrueFalseQuiz.Body(true, "Yes, most checks come back empty.", "Think about an hourly poster."),
                "How often does the producer post?", "Most checks find nothing new.", 1);
    }

    public static Quiz numeric(String id) {
        return new Quiz(id, QuizType.NUMERIC, "How many empty checks per useful one?",
                new NumericQuiz.Body(119.0, 0, "checks"), "120 checks an hour.", "119 of the 120 hourly checks are empty.", 1);
    }

    /** Four items in three buckets; the right answer is [0, 1, 2, 0]. */
    public static Quiz classify(String id) {
        return new Quiz(id, QuizType.CLASSIFY, "Sort each system by who starts the transfer.",
                new ClassifyQuiz.Body(List.of("Push", "Pull", "Hybrid"), List.of(
                        new ClassifyQuiz.Item("APNs", 0, "Apple's servers send to the phone."),
                        new ClassifyQuiz.Item("RSS reader", 1, "The reader asks the feed."),
                        new ClassifyQuiz.Item("Twitter home timeline", 2, "Push for most, pull for stars."),
                        new ClassifyQuiz.Item("Webhook", 0, "The sender calls you."))),
                "Who sends the first message?", "Who starts the transfer decides the model.", 1);
    }

    /** Three steps written in the right order. */
    public static Quiz order(String id) {
        return new Quiz(id, QuizType.ORDER, "Put the steps of a hybrid read in order.",
                new OrderQuiz.Body(List.of(
                        new OrderQuiz.Step("Read the feed cache", "Pushed posts wait there."),
                        new OrderQuiz.Step("Fetch the celebrity posts", "They were never pushed."),
                        new OrderQuiz.Step("Merge by time", "Both lists meet here."))),
                "Start where the reader is.", "Cache first, then the pulled part, then merge.", 1);
    }

    public static Quiz predict(String id) {
        return new Quiz(id, QuizType.PREDICT, "Guess the p99 latency.",
                new PredictQuiz.Body("celebrity-push", "deliveryLatencySeconds.p99", 1, 10, "seconds"),
                "The last follower waits 50 s.", "Writes drain at a million a second.", 1);
    }
}
