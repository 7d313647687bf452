package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanoutlab.content.ItemVerdict;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.ui.quiz.QuizPanelViewModel.Phase;
import org.junit.jupiter.api.Test;

/** The classify and order panels' state without the toolkit: drafting, keys, checking, saving and reopening. */
class ClassifyAndOrderViewModelTest {
    private static final int UNSORTED = ClassifyInput.UNPLACED;
    private final FakeProgress progress = new FakeProgress();

    private QuizPanelViewModel vm(Quiz quiz) {
        return new QuizPanelViewModel(quiz, "models", progress, new TestGrading(), q -> 0, Runnable::run, Runnable::run);
    }

    private static ClassifyInput sort(QuizPanelViewModel vm) {
        return vm.input(ClassifyInput.class);
    }

    private static OrderInput order(QuizPanelViewModel vm) {
        return vm.input(OrderInput.class);
    }

    @Test
    void everyQuizTypeHasAPanelInput() {
        for (QuizType type : QuizType.values()) {
            assertThat(QuizInputs.has(type)).as(type.id()).isTrue();
        }
    }

    @Test
    void aClassifyQuizStartsUnsortedAndCanBeCheckedOnlyOnceEveryItemIsSorted() {
        QuizPanelViewModel vm = vm(Quizzes.classify("sort"));
        assertThat(sort(vm).placedProperty().get()).containsExactly(UNSORTED, UNSORTED, UNSORTED, UNSORTED);
        assertThat(sort(vm).progressText()).isEqualTo("0 of 4 sorted");

        sort(vm).place(0, 0);
        sort(vm).place(1, 1);
        sort(vm).place(2, 2);
        assertThat(vm.canCheckProperty().get()).as("one item left").isFalse();
        assertThat(vm.key('\n')).isFalse();

        sort(vm).place(3, 0);
        assertThat(vm.canCheckProperty().get()).isTrue();
        assertThat(sort(vm).progressText()).isEqualTo("4 of 4 sorted");
    }

    @Test
    void digitsWithThePanelFocusedSortTheItemsInTurn() {
        QuizPanelViewModel vm = vm(Quizzes.classify("sort"));
        assertThat(vm.key('1')).isTrue();
        assertThat(vm.key('2')).isTrue();
        assertThat(vm.key('4')).as("no fourth bucket").isFalse();
        assertThat(vm.key('3')).isTrue();
        assertThat(vm.key('1')).isTrue();
        assertThat(vm.key('1')).as("every item is sorted").isFalse();
        assertThat(sort(vm).placedProperty().get()).containsExactly(0, 1, 2, 0);

        assertThat(vm.key('\n')).isTrue();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(progress.lastAnswer("sort").orElseThrow().answer()).isEqualTo("1, 2, 3, 1");
    }

    @Test
    void arrowsCycleAnItemsBucketAndWrapAround() {
        ClassifyInput input = sort(vm(Quizzes.classify("sort")));
        input.shift(1, 1);
        assertThat(input.placedProperty().get().get(1)).as("unsorted → first").isEqualTo(0);
        input.shift(1, -1);
        assertThat(input.placedProperty().get().get(1)).as("first ← wraps to last").isEqualTo(2);
        input.shift(2, -1);
        assertThat(input.placedProperty().get().get(2)).as("unsorted ← last").isEqualTo(2);
        assertThat(input.rowText(1)).isEqualTo("Item 2 of 4: RSS reader. In Hybrid.");
        assertThat(input.rowText(0)).isEqualTo("Item 1 of 4: APNs. Not sorted yet.");
    }

    @Test
    void aWrongClassificationShowsWhereEachItemBelongsAndLocksTheRows() {
        QuizPanelViewModel vm = vm(Quizzes.classify("sort"));
        for (char c : "1131".toCharArray()) {
            vm.key(c);
        }
        vm.check();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.WRONG);
        assertThat(vm.outcomeProperty().get().verdict()).isEqualTo("Not quite");
        assertThat(vm.outcomeProperty().get().feedback()).isEqualTo("3 of 4 items are in the right bucket.");
        assertThat(vm.outcomeProperty().get().items()).extracting(ItemVerdict::correct).containsExactly(true, false, true, true);
        assertThat(vm.outcomeProperty().get().items().get(1).feedback())
                .isEqualTo("It belongs in Pull, not Push. The reader asks the feed.");

        sort(vm).place(1, 1);
        assertThat(sort(vm).placedProperty().get().get(1)).as("locked while the verdict shows").isEqualTo(0);
        vm.tryAgain();
        assertThat(vm.outcomeProperty().get().items()).isEmpty();
        sort(vm).place(1, 1);
        vm.check();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(progress.lastAnswer("sort").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aReopenedClassifyPanelShowsTheSavedBucketsAndVerdicts() {
        progress.recordAnswer("models", "sort", "1, 1, 3, 1", false);

        QuizPanelViewModel vm = vm(Quizzes.classify("sort"));

        assertThat(sort(vm).placedProperty().get()).containsExactly(0, 0, 2, 0);
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.WRONG);
        assertThat(vm.outcomeProperty().get().items()).hasSize(4);
        vm.startOver();
        assertThat(sort(vm).placedProperty().get()).containsOnly(UNSORTED);
    }

    @Test
    void aSavedClassificationWithAnUnsortedItemIsNotShownAsChecked() {
        progress.recordAnswer("models", "sort", "1, -, 3, 1", false);

        QuizPanelViewModel vm = vm(Quizzes.classify("sort"));

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.ANSWERING);
        assertThat(sort(vm).placedProperty().get()).containsOnly(UNSORTED);
    }

    @Test
    void anOrderQuizStartsFromTheQuizsOwnShuffleWhichIsWrongButCheckable() {
        QuizPanelViewModel vm = vm(Quizzes.order("read"));

        assertThat(order(vm).orderProperty().get()).isEqualTo(OrderQuiz.initialOrder("read", 3))
                .isNotEqualTo(List.of(0, 1, 2));
        assertThat(vm.canCheckProperty().get()).isTrue();
    }

    @Test
    void movingAStepAnnouncesItsNewPositionAndStopsAtTheEnds() {
        OrderInput input = order(vm(Quizzes.order("read")));
        List<Integer> start = input.orderProperty().get();
        int last = start.get(2);

        assertThat(input.move(2, 1)).as("already last").isEqualTo(2);
        assertThat(input.move(0, -1)).as("already first").isEqualTo(0);
        assertThat(input.move(2, -1)).isEqualTo(1);

        assertThat(input.orderProperty().get()).containsExactly(start.get(0), last, start.get(1));
        assertThat(input.announcementProperty().get())
                .isEqualTo("Moved \u201c" + input.stepText(last) + "\u201d to position 2 of 3.");
        assertThat(input.rowText(1)).isEqualTo("Step \u201c" + input.stepText(last) + "\u201d, position 2 of 3.");
    }

    @Test
    void anOrderPutRightIsRecordedAsStepNumbersAndReopensInThatOrder() {
        QuizPanelViewModel vm = vm(Quizzes.order("read"));
        putInOrder(order(vm));
        vm.check();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(vm.outcomeProperty().get().feedback()).isEqualTo("All 3 steps are in order.");
        assertThat(progress.lastAnswer("read").orElseThrow().answer()).isEqualTo("1, 2, 3");

        QuizPanelViewModel again = vm(Quizzes.order("read"));
        assertThat(order(again).orderProperty().get()).containsExactly(0, 1, 2);
        assertThat(again.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(again.outcomeProperty().get().items()).extracting(ItemVerdict::correct).containsOnly(true);
    }

    @Test
    void aWrongOrderGivesEachStepItsVerdictAndStartOverReshuffles() {
        QuizPanelViewModel vm = vm(Quizzes.order("read"));
        vm.check();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.WRONG);
        assertThat(vm.outcomeProperty().get().items()).extracting(ItemVerdict::index).containsExactly(0, 1, 2);
        order(vm).move(0, 1);
        assertThat(order(vm).announcementProperty().get()).as("locked: nothing moved").isEmpty();

        vm.startOver();
        assertThat(order(vm).orderProperty().get()).isEqualTo(OrderQuiz.initialOrder("read", 3));
        assertThat(vm.outcomeProperty().get().items()).isEmpty();
    }

    /** Bubble the steps into place with single moves, as a keyboard user would. */
    static void putInOrder(OrderInput input) {
        for (int pass = 0; pass < 3; pass++) {
            for (int p = 0; p + 1 < 3; p++) {
                List<Integer> now = input.orderProperty().get();
                if (now.get(p) > now.get(p + 1)) {
                    input.move(p, 1);
                }
            }
        }
    }
}
