package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ClassifyAndOrderGradingTest {
    static final Quiz CLASSIFY = new Quiz("sort", QuizType.CLASSIFY, "Sort by who starts the transfer.",
            new ClassifyQuiz.Body(List.of("Push", "Pull", "Hybrid"), List.of(
                    new ClassifyQuiz.Item("APNs", 0, "Apple's servers send to the phone."),
                    new ClassifyQuiz.Item("RSS reader", 1, "The reader asks the feed."),
                    new ClassifyQuiz.Item("Twitter home timeline", 2, "Push for most, pull for stars."),
                    new ClassifyQuiz.Item("Webhook", 0, "The sender calls you."))),
            "H", "Who sends first decides.", 1);
    static final Quiz ORDER = new Quiz("read", QuizType.ORDER, "Order a hybrid read.",
            new OrderQuiz.Body(List.of(
                    new OrderQuiz.Step("Read the feed cache", "Pushed posts wait there."),
                    new OrderQuiz.Step("Fetch celebrity posts", "They were never pushed."),
                    new OrderQuiz.Step("Merge by time", "Both lists meet here."))),
            "H", "Cache first, then the pulled part, then merge.", 1);

    @Test
    void classifyIsRightWhenEveryItemIsInItsBucketWithEachItemsFeedback() {
        Grade g = QuizGrader.grade(CLASSIFY, new QuizAnswer.Classification(List.of(0, 1, 2, 0)));

        assertThat(g.correct()).isTrue();
        assertThat(g.feedback()).isEqualTo("All 4 items are in the right bucket.");
        assertThat(g.explain()).isEqualTo("Who sends first decides.");
        assertThat(g.items()).containsExactly(
                new ItemVerdict(0, true, "Right: Push. Apple's servers send to the phone."),
                new ItemVerdict(1, true, "Right: Pull. The reader asks the feed."),
                new ItemVerdict(2, true, "Right: Hybrid. Push for most, pull for stars."),
                new ItemVerdict(3, true, "Right: Push. The sender calls you."));
    }

    @Test
    void classifySaysWhereAWrongItemBelongs() {
        Grade g = QuizGrader.grade(CLASSIFY, new QuizAnswer.Classification(List.of(0, 0, 2, 1)));

        assertThat(g.correct()).isFalse();
        assertThat(g.feedback()).isEqualTo("2 of 4 items are in the right bucket.");
        assertThat(g.items()).extracting(ItemVerdict::correct).containsExactly(true, false, true, false);
        assertThat(g.items().get(1).feedback()).isEqualTo("It belongs in Pull, not Push. The reader asks the feed.");
        assertThat(g.items().get(3).feedback()).isEqualTo("It belongs in Push, not Pull. The sender calls you.");
    }

    @Test
    void anUnplacedItemIsWrongAndSaysWhereItBelongs() {
        int unplaced = QuizAnswer.Classification.UNPLACED;
        Grade g = QuizGrader.grade(CLASSIFY, new QuizAnswer.Classification(List.of(0, 1, 2, unplaced)));

        assertThat(g.correct()).isFalse();
        assertThat(g.items().get(3)).isEqualTo(new ItemVerdict(3, false,
                "Not sorted; it belongs in Push. The sender calls you."));
    }

    @Test
    void aClassificationOfTheWrongShapeIsRefused() {
        assertThatThrownBy(() -> QuizGrader.grade(CLASSIFY, new QuizAnswer.Classification(List.of(0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 4 items");
        assertThatThrownBy(() -> QuizGrader.grade(CLASSIFY, new QuizAnswer.Classification(List.of(0, 1, 3, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no bucket 3");
        assertThatThrownBy(() -> QuizGrader.grade(CLASSIFY, new QuizAnswer.Ordering(List.of(0, 1, 2, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Classification");
    }

    @Test
    void orderIsRightOnlyInTheWrittenOrder() {
        Grade g = QuizGrader.grade(ORDER, new QuizAnswer.Ordering(List.of(0, 1, 2)));

        assertThat(g.correct()).isTrue();
        assertThat(g.feedback()).isEqualTo("All 3 steps are in order.");
        assertThat(g.items()).extracting(ItemVerdict::feedback).containsExactly(
                "Right: position 1. Pushed posts wait there.",
                "Right: position 2. They were never pushed.",
                "Right: position 3. Both lists meet here.");
    }

    @Test
    void orderVerdictsAreIndexedByStepAndSayWhereAMisplacedStepBelongs() {
        // The learner put "Merge" first, then the cache read, then the celebrity fetch.
        Grade g = QuizGrader.grade(ORDER, new QuizAnswer.Ordering(List.of(2, 0, 1)));

        assertThat(g.correct()).isFalse();
        assertThat(g.feedback()).isEqualTo("0 of 3 steps are in the right place.");
        assertThat(g.items()).containsExactly(
                new ItemVerdict(0, false, "It belongs at position 1, not 2. Pushed posts wait there."),
                new ItemVerdict(1, false, "It belongs at position 2, not 3. They were never pushed."),
                new ItemVerdict(2, false, "It belongs at position 3, not 1. Both lists meet here."));
    }

    @Test
    void anOrderingThatIsNotEachStepOnceIsRefused() {
        for (List<Integer> bad : List.of(List.of(0, 1), List.of(0, 0, 1), List.of(0, 1, 3))) {
            assertThatThrownBy(() -> QuizGrader.grade(ORDER, new QuizAnswer.Ordering(bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("each of its 3 step indexes once");
        }
    }

    @Property
    void theFirstOrderIsAFixedShuffleWithNoStepInItsPlace(@ForAll @StringLength(min = 1, max = 30) String id,
                                                        @ForAll @IntRange(min = 3, max = 7) int steps) {
        List<Integer> order = OrderQuiz.initialOrder(id, steps);

        assertThat(order).containsExactlyInAnyOrderElementsOf(IntStream.range(0, steps).boxed().toList());
        for (int position = 0; position < steps; position++) {
            assertThat(order.get(position)).as("step at position %d", position).isNotEqualTo(position);
        }
        assertThat(OrderQuiz.initialOrder(id, steps)).isEqualTo(order);
    }

    @Test
    void theFirstOrderIsTheSameOnEveryMachine() {
        // Fixed by String.hashCode and java.util.Random, both specified; a class sees the same puzzle on every phone.
        assertThat(OrderQuiz.initialOrder("hybrid-read-steps", 5)).isEqualTo(OrderQuiz.initialOrder("hybrid-read-steps", 5));
        List<List<Integer>> seen = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e", "f")) {
            seen.add(OrderQuiz.initialOrder(id, 4));
        }
        assertThat(seen.stream().distinct().count()).as("ids give different puzzles").isGreaterThan(1);
    }

    @Test
    void gradesAnOrderQuizReadFromALessonWithItsOwnShuffleAsTheAnswerAsWrong() {
        List<Integer> shown = OrderQuiz.initialOrder(ORDER.id(), 3);

        assertThat(QuizGrader.grade(ORDER, new QuizAnswer.Ordering(shown)).correct()).isFalse();
    }
}
