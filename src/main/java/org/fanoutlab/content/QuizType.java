package org.fanoutlab.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The quiz types; {@link #id()} is how a quiz block spells them. Each holds its {@link QuizKind}: adding a type is
 * one constant here plus its kind class (and its panel input in {@code ui/quiz}); see docs/decisions/0001.
 */
public enum QuizType {
    SINGLE(new ChoiceQuiz(false)),
    MULTIPLE(new ChoiceQuiz(true)),
    TRUE_FALSE(new TrueFalseQuiz()),
    NUMERIC(new NumericQuiz()),
    PREDICT(new PredictQuiz()),
    CLASSIFY(new ClassifyQuiz()),
    ORDER(new OrderQuiz());

    private final QuizKind<?, ?> kind;

    QuizType(QuizKind<?, ?> kind) {
        this.kind = kind;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "a classify quiz", "an order quiz": the type with its article, for messages. */
    String quizNoun() {
        return ("aeiou".indexOf(id().charAt(0)) >= 0 ? "an " : "a ") + id() + " quiz";
    }

    public QuizKind<?, ?> kind() {
        return kind;
    }

    /** @return null when {@code id} names no type */
    public static QuizType fromId(String id) {
        for (QuizType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }

    /** "single, multiple, … or order", for messages. */
    static String spelled() {
        String all = Arrays.stream(values()).map(QuizType::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
