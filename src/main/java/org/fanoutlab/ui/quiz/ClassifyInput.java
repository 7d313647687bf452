package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.ui.common.Messages;

/**
 * classify: the bucket each item is in, or none yet. Each item row takes digits (its bucket by number) and the left
 * and right arrows; with the panel itself focused, a digit sorts the first item not sorted yet, so 1, 2, 1 sorts
 * three items in turn. Checkable once every item is sorted.
 */
final class ClassifyInput extends ValueInput<List<Integer>, QuizAnswer.Classification> {
    static final int UNPLACED = QuizAnswer.Classification.UNPLACED;

    private final ClassifyQuiz.Body body;

    ClassifyInput(Quiz quiz) {
        super(quiz, QuizAnswer.Classification.class, QuizAnswer.Classification::new,
                QuizAnswer.Classification::bucketOfItem, placed -> !placed.contains(UNPLACED));
        this.body = quiz.body(ClassifyQuiz.Body.class);
        clear();
    }

    ClassifyQuiz.Body body() {
        return body;
    }

    /** The bucket index of each item, {@link #UNPLACED} for an item not sorted yet. */
    ReadOnlyObjectProperty<List<Integer>> placedProperty() {
        return draftValueProperty();
    }

    /** Puts {@code item} into {@code bucket}; ignored while locked or out of range. */
    void place(int item, int bucket) {
        if (isLocked() || item < 0 || item >= body.items().size() || bucket < 0 || bucket >= body.buckets().size()) {
            return;
        }
        List<Integer> next = new ArrayList<>(value());
        next.set(item, bucket);
        set(List.copyOf(next));
    }

    /** The next (+1) or previous (−1) bucket for {@code item}, wrapping; an unsorted item starts at the first or last. */
    void shift(int item, int delta) {
        int n = body.buckets().size();
        int now = value().get(item);
        int next = now == UNPLACED ? (delta > 0 ? 0 : n - 1) : Math.floorMod(now + delta, n);
        place(item, next);
    }

    /** The first item not sorted yet, or -1 when all are. */
    int firstUnplaced() {
        return value().indexOf(UNPLACED);
    }

    /** A digit with the panel focused sorts the first unsorted item into that bucket. */
    @Override
    boolean key(char c) {
        int bucket = c - '1';
        int item = firstUnplaced();
        if (c >= '1' && bucket < body.buckets().size() && item >= 0) {
            place(item, bucket);
            return true;
        }
        return false;
    }

    /** What a screen reader says for an item's row: "Item 2 of 4: RSS reader. In Pull." */
    String rowText(int item) {
        int b = value().get(item);
        String where = b == UNPLACED ? Messages.get("quiz.classify.unsorted")
                : Messages.format("quiz.classify.in", body.buckets().get(b));
        return Messages.format("quiz.classify.row", item + 1, body.items().size(),
                AnswerText.plainText(body.items().get(item).text()), where);
    }

    /** "3 of 4 sorted". */
    String progressText() {
        long sorted = value().stream().filter(b -> b != UNPLACED).count();
        return Messages.format("quiz.classify.progress", sorted, body.items().size());
    }

    @Override
    List<Integer> blank() {
        return Collections.nCopies(body.items().size(), UNPLACED);
    }

    @Override
    String keysText() {
        return Messages.format("quiz.keys.classify", body.buckets().size());
    }
}
