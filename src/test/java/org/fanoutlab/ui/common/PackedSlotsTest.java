package org.fanoutlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedSlotsTest {

    /** Things that end at a given time, each with a name, on two parallel arrays. */
    private static final class Ends extends PackedSlots {
        final double[] end;
        final String[] name;
        final List<String> removed = new ArrayList<>();

        Ends(int capacity) {
            super(capacity);
            end = new double[capacity];
            name = new String[capacity];
        }

        boolean add(String n, double at) {
            if (isFull()) {
                return false;
            }
            int i = claim();
            name[i] = n;
            end[i] = at;
            return true;
        }

        List<String> live() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                out.add(name[i]);
            }
            return out;
        }

        @Override
        protected boolean expired(int i, double now) {
            return now >= end[i];
        }

        @Override
        protected void removing(int i) {
            removed.add(name[i]);
        }

        @Override
        protected void copy(int src, int dst) {
            end[dst] = end[src];
            name[dst] = name[src];
        }
    }

    @Test
    void takesNoMoreThanItsCapacity() {
        Ends e = new Ends(2);
        assertThat(e.add("a", 1)).isTrue();
        assertThat(e.add("b", 1)).isTrue();
        assertThat(e.add("c", 1)).isFalse();
        assertThat(e.size()).isEqualTo(2);
        assertThat(e.capacity()).isEqualTo(2);
    }

    @Test
    void removingFillsTheGapFromTheEndAndKeepsEveryLiveOne() {
        Ends e = new Ends(5);
        e.add("a", 1);
        e.add("b", 5);
        e.add("c", 1);
        e.add("d", 5);
        e.add("e", 1);
        e.removeExpired(2);
        assertThat(e.removed).containsExactlyInAnyOrder("a", "c", "e");
        assertThat(e.live()).containsExactly("d", "b");
        e.removeExpired(4.9);
        assertThat(e.live()).containsExactly("d", "b");
        e.removeExpired(5);
        assertThat(e.size()).isZero();
    }

    @Test
    void aClearedOneTakesNewThingsFromTheFirstSlot() {
        Ends e = new Ends(2);
        e.add("a", 1);
        e.add("b", 1);
        e.clear();
        assertThat(e.size()).isZero();
        assertThat(e.add("c", 1)).isTrue();
        assertThat(e.live()).containsExactly("c");
    }
}
