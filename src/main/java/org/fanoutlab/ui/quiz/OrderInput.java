package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.ui.common.Messages;

/**
 * order: the steps in the learner's order, starting from the quiz's own shuffle ({@link OrderQuiz#initialOrder}),
 * moved one place at a time. Every order is an answer, so it can always be checked. Each move is announced in words
 * ("Moved “Merge” to position 1 of 3.") for those who do not see the list move.
 */
final class OrderInput extends ValueInput<List<Integer>, QuizAnswer.Ordering> {
    private final OrderQuiz.Body body;
    private final ReadOnlyStringWrapper announcement = new ReadOnlyStringWrapper("");

    OrderInput(Quiz quiz) {
        // every order is an answer
        super(quiz, QuizAnswer.Ordering.class, QuizAnswer.Ordering::new, QuizAnswer.Ordering::steps, steps -> true);
        this.body = quiz.body(OrderQuiz.Body.class);
        clear();
    }

    OrderQuiz.Body body() {
        return body;
    }

    /** Step indexes (in the quiz as written, the correct order) in the order shown. */
    ReadOnlyObjectProperty<List<Integer>> orderProperty() {
        return draftValueProperty();
    }

    /** The last move in words; empty before any. */
    ReadOnlyStringProperty announcementProperty() {
        return announcement.getReadOnlyProperty();
    }

    /**
     * Moves the step at {@code position} one place up (−1) or down (+1).
     *
     * @return the step's position afterwards (unchanged at either end or while locked)
     */
    int move(int position, int delta) {
        int target = position + delta;
        int n = body.steps().size();
        if (isLocked() || position < 0 || position >= n || target < 0 || target >= n) {
            return position;
        }
        List<Integer> next = new ArrayList<>(value());
        Collections.swap(next, position, target);
        set(List.copyOf(next));
        announcement.set(Messages.format("quiz.order.moved", stepText(next.get(target)), target + 1, n));
        return target;
    }

    String stepText(int step) {
        return AnswerText.plainText(body.steps().get(step).text());
    }

    /** What a screen reader says for the row at {@code position}: "Step “Merge”, position 1 of 3." */
    String rowText(int position) {
        return Messages.format("quiz.order.row", stepText(value().get(position)), position + 1, body.steps().size());
    }

    /** The quiz's own shuffle. */
    @Override
    List<Integer> blank() {
        return OrderQuiz.initialOrder(quiz().id(), body.steps().size());
    }

    /** An order shown or cleared wholesale was not a move: nothing to announce (a move announces after this). */
    @Override
    void set(List<Integer> steps) {
        super.set(steps);
        announcement.set("");
    }

    @Override
    String keysText() {
        return Messages.get("quiz.keys.order");
    }
}
