package org.fanoutlab.engine.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeOrderedSlotsTest {

    private static double[] drainTimes(TimeOrderedSlots slots) {
        int n = slots.takeInTimeOrder();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = slots.time(slots.slotInOrder(i));
        }
        return out;
    }

    @Test
    void aFullRingOverwritesTheOldestAndCountsItDropped() {
        TimeOrderedSlots slots = new TimeOrderedSlots(3);
        for (double t : new double[] {1, 2, 3, 4, 5}) {
            slots.claim(t);
        }

        assertThat(slots.dropped()).isEqualTo(2);
        assertThat(drainTimes(slots)).containsExactly(3, 4, 5);
        assertThat(slots.takeInTimeOrder()).as("drained means empty").isZero();
    }

    @Test
    void eventsStampedOutOfOrderComeOutByTimeAndTiesKeepTheirArrivalOrder() {
        TimeOrderedSlots slots = new TimeOrderedSlots(8);
        int first = slots.claim(5);
        slots.claim(2);
        int tie = slots.claim(5);
        slots.claim(1);

        int n = slots.takeInTimeOrder();

        assertThat(n).isEqualTo(4);
        assertThat(slots.time(slots.slotInOrder(0))).isEqualTo(1);
        assertThat(slots.time(slots.slotInOrder(1))).isEqualTo(2);
        assertThat(slots.slotInOrder(2)).isEqualTo(first);
        assertThat(slots.slotInOrder(3)).isEqualTo(tie);
    }

    @Test
    void aRingOfNoCapacityHoldsNothing() {
        TimeOrderedSlots slots = new TimeOrderedSlots(0);
        assertThat(slots.claim(1)).isEqualTo(-1);
        assertThat(slots.takeInTimeOrder()).isZero();
        assertThat(slots.dropped()).isZero();
    }
}
