package org.fanoutlab.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * {@code order}: 3 to 7 steps, written in the correct order, that the learner puts in order. Right when every step
 * is in its place; each step has its own feedback. Answer: {@link QuizAnswer.Ordering}, the step indexes in the
 * learner's order. Every front end starts from the same {@link #initialOrder} so a class sees one puzzle.
 */
public final class OrderQuiz extends QuizKind<OrderQuiz.Body, QuizAnswer.Ordering> {
    public static final int MIN_STEPS = 3;
    public static final int MAX_STEPS = 7;

    public record Step(String text, String feedback) {
    }

    /** @param steps in the correct order */
    public record Body(List<Step> steps) implements QuizBody {
        public Body {
            steps = List.copyOf(steps);
        }
    }

    record StepDto(String text, String feedback) {
    }

    record Dto(List<StepDto> steps) {
    }

    OrderQuiz() {
        super(Body.class, QuizAnswer.Ordering.class, List.of("steps"), List.of("steps"),
                new ItemList("steps", "step", List.of("text", "feedback")));
    }

    /**
     * The order a learner first sees: a shuffle seeded by the quiz id (String.hashCode and java.util.Random are
     * specified, so every machine and every run shows the same) in which no step starts in its own place, so every
     * step has to be moved and the first order is never the answer.
     */
    public static List<Integer> initialOrder(String quizId, int steps) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, steps).boxed().toList());
        if (steps < 2) {
            return List.copyOf(order);
        }
        Random random = new Random(quizId.hashCode());
        do {
            Collections.shuffle(order, random); // about e tries on average until no step is in its place
        } while (hasStepInPlace(order));
        return List.copyOf(order);
    }

    private static boolean hasStepInPlace(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == i) {
                return true;
            }
        }
        return false;
    }

    @Override
    Body read(QuizFields f, QuizType type) {
        return f.body(Dto.class, dto -> {
            f.checkCount("steps", dto.steps().size(), MIN_STEPS, MAX_STEPS, "steps", type);
            List<Step> steps = new ArrayList<>();
            Map<String, Integer> texts = new HashMap<>();
            for (int i = 0; i < dto.steps().size(); i++) {
                StepDto step = dto.steps().get(i);
                if (step == null) {
                    f.atItem("steps", i, "step " + (i + 1) + " is empty");
                    continue;
                }
                QuizFields.Written written = f.textAndFeedback(step.text(), step.feedback(), "steps", i, "step", texts,
                        "say why the step comes here");
                steps.add(new Step(written.text(), written.feedback()));
            }
            return new Body(steps);
        });
    }

    @Override
    Grade grade(Quiz quiz, Body body, QuizAnswer.Ordering answer) {
        List<Integer> order = answer.steps();
        int n = body.steps().size();
        if (order.size() != n || order.stream().distinct().count() != n
                || order.stream().anyMatch(s -> s == null || s < 0 || s >= n)) {
            throw new IllegalArgumentException("quiz '" + quiz.id() + "' takes each of its " + n
                    + " step indexes once, got " + order);
        }
        // Verdicts in the quiz's own step order, so a front end finds step k's verdict at index k.
        ItemVerdict[] verdicts = new ItemVerdict[n];
        int right = 0;
        for (int position = 0; position < n; position++) {
            int step = order.get(position);
            boolean ok = step == position;
            String where;
            if (ok) {
                right++;
                where = "Right: position " + (step + 1) + ". ";
            } else {
                where = "It belongs at position " + (step + 1) + ", not " + (position + 1) + ". ";
            }
            verdicts[step] = new ItemVerdict(step, ok, where + body.steps().get(step).feedback());
        }
        String summary = right == n ? "All " + n + " steps are in order."
                : right + " of " + n + " steps are in the right place.";
        return new Grade(right == n, summary, quiz.explain(), null, List.of(verdicts));
    }

    /** Step numbers (from 1, in the correct order's numbering) in the learner's order: "3, 1, 2". */
    @Override
    String store(Body body, QuizAnswer.Ordering answer) {
        return QuizAnswers.numbers(answer.steps());
    }

    @Override
    Optional<QuizAnswer.Ordering> restore(Body body, String stored) {
        int n = body.steps().size();
        return QuizAnswers.parseNumbers(stored, n, n)
                .filter(order -> !order.contains(QuizAnswer.Classification.UNPLACED)
                        && order.stream().distinct().count() == n)
                .map(QuizAnswer.Ordering::new);
    }

    /** "1. Read the cache; 2. Merge the pulled posts; …" in the learner's order. */
    @Override
    String describe(Body body, QuizAnswer.Ordering answer) {
        List<String> parts = new ArrayList<>();
        for (int position = 0; position < answer.steps().size(); position++) {
            int step = answer.steps().get(position);
            if (step >= 0 && step < body.steps().size()) {
                parts.add((position + 1) + ". " + body.steps().get(step).text());
            }
        }
        return String.join("; ", parts);
    }
}
