package org.fanoutlab.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.Grade;
import org.fanoutlab.content.NumericQuiz;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizGrader;
import org.fanoutlab.content.QuizOption;
import org.fanoutlab.content.QuizType;

/**
 * One question asked to the room, its answers and, after the reveal, its grades; it grades and tallies itself.
 * Guarded by the room's lock.
 */
final class Round {
    final int number;
    final Quiz quiz;
    final Instant askedAt;
    /** Participant number → latest answer, in the order of first answer. */
    final Map<Integer, Answered> answers = new LinkedHashMap<>();
    /** Participant number → grade; filled at the reveal. */
    final Map<Integer, Grade> grades = new LinkedHashMap<>();
    boolean revealed;
    /** numeric: the quiz's answer; predict: the engine's figure (null when it could not be computed). */
    Double figure;

    Round(int number, Quiz quiz, Instant askedAt) {
        this.number = number;
        this.quiz = quiz;
        this.askedAt = askedAt;
    }

    /**
     * Marks the round revealed and grades every answer.
     *
     * @param engineFigure predict: the engine's figure (null when it could not be computed); ignored otherwise
     */
    void reveal(Double engineFigure) {
        figure = switch (quiz.type()) {
            case NUMERIC -> quiz.body(NumericQuiz.Body.class).answer();
            case PREDICT -> engineFigure;
            default -> null;
        };
        for (Map.Entry<Integer, Answered> e : answers.entrySet()) {
            Grade grade = grade(e.getValue().answer());
            if (grade != null) {
                grades.put(e.getKey(), grade);
            }
        }
        revealed = true;
    }

    /** The answer's grade at the reveal; null for a prediction whose figure could not be computed. */
    private Grade grade(QuizAnswer answer) {
        if (quiz.type() == QuizType.PREDICT) {
            return figure == null ? null
                    : QuizGrader.gradePrediction(quiz, ((QuizAnswer.Number) answer).value(), figure);
        }
        return QuizGrader.grade(quiz, answer);
    }

    /** The round as the instructor's panel and the CSV see it: counts per answer, and who answered what. */
    RoundResult result(List<Participant> participants) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Double> values = new ArrayList<>();
        switch (quiz.type()) {
            case SINGLE, MULTIPLE -> {
                List<QuizOption> options = quiz.options();
                for (int i = 0; i < options.size(); i++) {
                    counts.put(Integer.toString(i), 0);
                }
            }
            case TRUE_FALSE -> {
                counts.put("true", 0);
                counts.put("false", 0);
            }
            case CLASSIFY -> {
                ClassifyQuiz.Body body = quiz.body(ClassifyQuiz.Body.class);
                for (int item = 0; item < body.items().size(); item++) {
                    for (int bucket = 0; bucket < body.buckets().size(); bucket++) {
                        counts.put(item + ":" + bucket, 0);
                    }
                }
            }
            case ORDER -> {
                int steps = quiz.body(OrderQuiz.Body.class).steps().size();
                for (int step = 0; step < steps; step++) {
                    for (int position = 0; position < steps; position++) {
                        counts.put(step + ":" + position, 0);
                    }
                }
            }
            default -> {
            }
        }
        TreeMap<Double, Integer> numbers = new TreeMap<>();
        List<ParticipantAnswer> byWhom = new ArrayList<>();
        int correct = 0;
        for (Map.Entry<Integer, Answered> e : answers.entrySet()) {
            QuizAnswer a = e.getValue().answer();
            if (a instanceof QuizAnswer.Choice choice) {
                choice.chosen().forEach(i -> counts.merge(Integer.toString(i), 1, Integer::sum));
            } else if (a instanceof QuizAnswer.TrueFalse tf) {
                counts.merge(Boolean.toString(tf.value()), 1, Integer::sum);
            } else if (a instanceof QuizAnswer.Number n) {
                numbers.merge(n.value(), 1, Integer::sum);
                values.add(n.value());
            } else if (a instanceof QuizAnswer.Classification c) {
                for (int item = 0; item < c.bucketOfItem().size(); item++) {
                    counts.merge(item + ":" + c.bucketOfItem().get(item), 1, Integer::sum);
                }
            } else if (a instanceof QuizAnswer.Ordering o) {
                for (int position = 0; position < o.steps().size(); position++) {
                    counts.merge(o.steps().get(position) + ":" + position, 1, Integer::sum);
                }
            }
            Grade grade = grades.get(e.getKey());
            if (grade != null && grade.correct()) {
                correct++;
            }
            Participant p = participants.get(e.getKey() - 1);
            byWhom.add(new ParticipantAnswer(p.number(), p.name(), e.getValue().wire(), e.getValue().at(),
                    grade == null ? null : grade.correct()));
        }
        numbers.forEach((value, n) -> counts.put(AnswerFormat.plain(value), n));
        values.sort(Double::compare);
        boolean marked = revealed && !(quiz.type() == QuizType.PREDICT && figure == null);
        Tally tally = new Tally(answers.size(), counts, values, marked ? correct : null);
        return new RoundResult(number, quiz, askedAt, revealed, figure, tally, byWhom);
    }
}
