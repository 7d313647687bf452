package org.fanoutlab.engine.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowTableTest {
    private enum Longs { A, B }
    private enum Doubles { T }
    private enum Ints { K, LINK }
    private enum Objects { NAME }

    private static final RowTable.Shape SHAPE =
            RowTable.Shape.of(Longs.class, Doubles.class, Ints.class, Objects.class);

    private static void fill(RowTable t, int row, long v) {
        t.setLong(row, Longs.A, v);
        t.setLong(row, Longs.B, -v);
        t.setDouble(row, Doubles.T, v / 2.0);
        t.setInt(row, Ints.K, (int) v * 3);
        t.setObject(row, Objects.NAME, "r" + v);
    }

    private static void assertRow(RowTable t, int row, long v) {
        assertThat(t.getLong(row, Longs.A)).isEqualTo(v);
        assertThat(t.getLong(row, Longs.B)).isEqualTo(-v);
        assertThat(t.getDouble(row, Doubles.T)).isEqualTo(v / 2.0);
        assertThat(t.getInt(row, Ints.K)).isEqualTo((int) v * 3);
        assertThat(t.getObject(row, Objects.NAME)).isEqualTo("r" + v);
    }

    @Test
    void theShapeCountsTheConstantsOfEachEnum() {
        assertThat(SHAPE).isEqualTo(new RowTable.Shape(2, 1, 2, 1));
        assertThat(RowTable.Shape.of(null, Doubles.class, null, null)).isEqualTo(new RowTable.Shape(0, 1, 0, 0));
    }

    @Test
    void fieldsOfNeighbouringRowsDoNotOverlap() {
        RowTable t = new RowTable(4, SHAPE);
        for (int r = 0; r < 4; r++) {
            fill(t, r, r + 10);
        }
        for (int r = 0; r < 4; r++) {
            assertRow(t, r, r + 10);
        }
    }

    @Test
    void growingKeepsEveryRowAndSwappingExchangesWholeRows() {
        RowTable t = new RowTable(2, SHAPE);
        fill(t, 0, 1);
        fill(t, 1, 2);
        t.grow(8);
        fill(t, 7, 8);

        t.swapRows(0, 7);

        assertThat(t.capacity()).isEqualTo(8);
        assertRow(t, 0, 8);
        assertRow(t, 1, 2);
        assertRow(t, 7, 1);
        t.setFlag(1, Ints.K, true);
        assertThat(t.getFlag(1, Ints.K)).isTrue();
        assertThat(t.getFlag(0, Ints.K)).as("24 is a set flag too: any non-zero int").isTrue();
    }

    @Test
    void aCopyIsIndependentOfItsOriginal() {
        RowTable t = new RowTable(2, SHAPE);
        fill(t, 0, 5);
        RowTable c = t.copy();
        fill(t, 0, 6);

        assertRow(c, 0, 5);
        assertRow(t, 0, 6);
    }

    @Test
    void aRingGivesItsRowsBackInOrderWhileWrappingAndGrowingLikeADeque() {
        RowRing ring = new RowRing(4, SHAPE);
        Deque<Long> reference = new ArrayDeque<>();
        Random random = new Random(7);
        long next = 0;
        for (int step = 0; step < 2_000; step++) {
            if (!reference.isEmpty() && random.nextInt(3) == 0) {
                assertRow(ring, ring.first(), reference.removeFirst());
                ring.removeFirst();
            } else {
                fill(ring, ring.addLast(), next);
                reference.addLast(next++);
            }
            assertThat(ring.size()).isEqualTo(reference.size());
            int k = 0;
            for (long v : reference) {
                assertRow(ring, ring.rowAt(k++), v);
            }
        }
        assertThat(Integer.bitCount(ring.capacity())).isEqualTo(1);

        RowRing copy = ring.copy();
        ring.clear();
        assertThat(ring.isEmpty()).isTrue();
        assertThat(copy.size()).isEqualTo(reference.size());
    }

    @Test
    void aRingNeedsAPowerOfTwo() {
        assertThatThrownBy(() -> new RowRing(12, SHAPE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPoolHandsOutGivenBackRowsFirstAndGrowsOnlyWhenNoneIsFree() {
        RowPool pool = new RowPool(2, SHAPE, Ints.LINK);
        int a = pool.take();
        int b = pool.take();
        int c = pool.take(); // grows
        assertThat(List.of(a, b, c)).containsExactly(0, 1, 2);
        assertThat(pool.capacity()).isEqualTo(4);

        pool.give(a);
        pool.give(c);
        RowPool copy = pool.copy();

        List<Integer> again = new ArrayList<>(List.of(pool.take(), pool.take(), pool.take()));
        assertThat(again).containsExactly(c, a, 3);
        assertThat(copy.take()).as("the copy has its own free list").isEqualTo(c);
    }
}
