package org.fanoutlab.engine.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import org.fanoutlab.engine.base.SeededRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Lane#copy} clones a lane and then replaces its mutable parts: a part a subclass adds and forgets to
 * replace in {@link Lane#copyOwnParts} would be shared, and a resumed run would silently change its original.
 */
class LaneCopyTest {
    /** A post every half second: enough to fill a slow consumer's buffer and block its producer. */
    private static final double GAP = 0.5;
    private static final double HALF = 2_000;
    private static final double END = 4_000;
    /** Field types a copy may share with its original: nothing can change them. */
    private static final Set<Class<?>> UNCHANGING = Set.of(LaneSpec.class, String.class);

    @ParameterizedTest
    @EnumSource(LaneType.class)
    void aCopySharesNoMutablePartWithItsOriginal(LaneType type) throws IllegalAccessException {
        Lane original = laneRunTo(type, HALF);
        LaneEventRing ring = new LaneEventRing(16);
        Lane copy = original.copy(ring);

        assertThat(copy.events).isSameAs(ring);
        for (Class<?> c = original.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Class<?> t = f.getType();
                if (Modifier.isStatic(f.getModifiers()) || t.isPrimitive() || t.isEnum() || UNCHANGING.contains(t)) {
                    continue;
                }
                f.setAccessible(true);
                assertThat(f.get(copy)).as("%s.%s", c.getSimpleName(), f.getName()).isNotSameAs(f.get(original));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LaneType.class)
    void aCopyRunsOnExactlyAsItsOriginalWhateverTheOriginalDidMeanwhile(LaneType type) {
        Lane original = laneRunTo(type, HALF);
        Lane copy = original.copy(new LaneEventRing(16));
        LaneMetrics atCopy = copy.metrics(HALF);

        drive(original, HALF, END);
        assertThat(copy.metrics(HALF)).isEqualTo(atCopy);
        drive(copy, HALF, END);

        assertThat(original.metrics(END).deliveries()).isPositive();
        assertThat(copy.metrics(END)).isEqualTo(original.metrics(END));
        assertThat(copy.nextTime()).isEqualTo(original.nextTime());
    }

    private static Lane laneRunTo(LaneType type, double t) {
        LaneSpec spec = LaneSpec.of("copied", type);
        if (type.hasOnFull()) {
            spec = spec.withOnFull(OnFull.BLOCK);
        }
        Lane lane = type.create(0, spec, new LaneEventRing(16), new SeededRandom(7));
        drive(lane, 0, t);
        return lane;
    }

    /** Posts every {@link #GAP} seconds after {@code from} up to {@code to}, with the lane's events in between. */
    private static void drive(Lane lane, double from, double to) {
        long seq = Math.round(from / GAP) + 1;
        while (true) {
            double post = seq * GAP;
            double until = Math.min(post, to);
            while (lane.nextTime() < until) {
                lane.step(lane.nextTime());
            }
            if (post > to) {
                return;
            }
            lane.onPost(seq, post);
            seq++;
        }
    }
}
