package org.fanoutlab.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Snapshots, their budget and the history of changes, on a small deterministic run that can copy itself (a
 * seeded random walk, one step per simulated second) and a fake engine clock: every advance "costs" 1 ms.
 */
class RunHistoryTest {
    /** A seeded random walk; a change replaces the step function from now on. */
    static class Walk implements Replayable<Walk, IntUnaryOperator, EventBuffer, Long> {
        private final double duration;
        private long random; // a linear congruential generator: its whole state is one long
        private IntUnaryOperator step = x -> x;
        private long value;
        private double now;
        static int copies;

        Walk(double duration, long seed) {
            this.duration = duration;
            this.random = seed;
        }

        @Override
        public double now() {
            return now;
        }

        @Override
        public double durationSeconds() {
            return duration;
        }

        @Override
        public void advanceTo(double t) {
            double target = Math.min(t, duration);
            while (Math.floor(now) + 1 <= target) {
                now = Math.floor(now) + 1;
                random = random * 6364136223846793005L + 1442695040888963407L;
                value += step.applyAsInt((int) ((random >>> 33) % 10));
            }
            now = Math.max(now, target);
        }

        @Override
        public void stepToNextEvent() {
            advanceTo(Math.floor(now) + 1);
        }

        @Override
        public void apply(IntUnaryOperator change) {
            step = change;
        }

        @Override
        public Walk copy() {
            copies++;
            Walk w = blank();
            w.random = random;
            w.step = step;
            w.value = value;
            w.now = now;
            return w;
        }

        /** A walk of the same kind, at 0. */
        Walk blank() {
            return new Walk(duration, 0);
        }

        @Override
        public Walk fresh() {
            throw new AssertionError("a walk that copies itself is never rebuilt");
        }

        @Override
        public long estimatedBytes() {
            return 1_000;
        }

        @Override
        public void drainEvents(EventBuffer sink) {
        }

        @Override
        public Long figures() {
            return value;
        }
    }

    private long fakeNanos;

    private RunHistory<Walk, IntUnaryOperator, EventBuffer, Long> history(Walk w, long maxBytes, long spacing) {
        // Each read of the engine clock moves it on half a millisecond: an advance costs 1 ms.
        return new RunHistory<>(w, new SnapshotBudget(maxBytes, spacing), () -> fakeNanos += 500_000);
    }

    private static long straight(double t, double changeAt, IntUnaryOperator change) {
        Walk w = new Walk(10_000, 42);
        if (changeAt >= 0 && changeAt <= t) {
            w.advanceTo(changeAt);
            w.apply(change);
        }
        w.advanceTo(t);
        return w.figures();
    }

    @Test
    void snapshotsStayWithinTheBudgetAndSeeksStayExactWhenTheyAreThinned() {
        var h = history(new Walk(10_000, 42), 20_000, 5_000_000); // room for 20 snapshots, one per 5 ms of work
        h.goTo(10_000, null);
        assertThat(h.snapshotCount()).isBetween(10, 20);
        assertThat(h.snapshotBytes()).isLessThanOrEqualTo(20_000);
        for (double t : new double[] {9_999.5, 17, 5_000, 0, 7_321.25, 10_000}) {
            h.goTo(t, null);
            assertThat(h.current().figures()).as("at %s", t).isEqualTo(straight(t, -1, null));
        }
    }

    /** A walk whose snapshots share all but 100 bytes with the one before them (as the engine's chunks do). */
    static final class SharingWalk extends Walk {
        SharingWalk(double duration, long seed) {
            super(duration, seed);
        }

        @Override
        Walk blank() {
            return new SharingWalk(durationSeconds(), 0);
        }

        @Override
        public KeptRun<Walk> keep(KeptRun<Walk> previous) {
            Walk state = copy();
            return new KeptRun<>() {
                @Override
                public Walk restore() {
                    return state.copy();
                }

                @Override
                public long bytesBeyond(KeptRun<Walk> before) {
                    return before == null ? 1_000 : 100;
                }
            };
        }
    }

    @Test
    void snapshotsThatShareMemoryAreCountedOnceSoTheBudgetHoldsMoreOfThem() {
        // the same budget and spacing as above: 20 plain snapshots would fill it
        var h = history(new SharingWalk(10_000, 42), 20_000, 5_000_000);
        h.goTo(10_000, null);
        assertThat(h.snapshotCount()).isGreaterThan(90);
        assertThat(h.snapshotBytes()).isEqualTo(1_000 + 100L * (h.snapshotCount() - 1)).isLessThanOrEqualTo(20_000);
        for (double t : new double[] {9_999.5, 17, 5_000, 0, 7_321.25, 10_000}) {
            h.goTo(t, null);
            assertThat(h.current().figures()).as("at %s", t).isEqualTo(straight(t, -1, null));
        }
        h.goTo(3_000, null);
        h.change(x -> 2 * x); // a new branch: later snapshots go, and what is left is counted again
        assertThat(h.snapshotBytes()).isEqualTo(1_000 + 100L * (h.snapshotCount() - 1));
        assertThat(h.snapshotCount()).isLessThan(40);
    }

    @Test
    void aSeekBackRestoresTheLatestSnapshotBeforeItInsteadOfReplayingFromTheStart() {
        var h = history(new Walk(10_000, 42), 1L << 30, 5_000_000);
        h.goTo(10_000, null);
        int snapshots = h.snapshotCount();
        assertThat(snapshots).isGreaterThan(50);
        Walk.copies = 0;
        double before = fakeNanos;
        h.goTo(9_000, null);
        // one copy of a snapshot, and at most a snapshot's spacing of replay (5 ms here, 2,000 strides a run)
        assertThat(Walk.copies).isEqualTo(1);
        assertThat(fakeNanos - before).isLessThanOrEqualTo(6_000_000);
    }

    @Test
    void aChangeIsReplayedAtItsMomentAndAChangeAfterGoingBackDropsTheOldBranch() {
        var h = history(new Walk(10_000, 42), 1L << 30, 5_000_000);
        IntUnaryOperator triple = x -> 3 * x;
        IntUnaryOperator negate = x -> -x;
        h.goTo(4_000, null);
        h.change(triple);
        h.goTo(10_000, null);
        assertThat(h.current().figures()).isEqualTo(straight(10_000, 4_000, triple));
        h.goTo(3_000, null);
        assertThat(h.current().figures()).isEqualTo(straight(3_000, -1, null));
        h.goTo(8_000, null);
        assertThat(h.current().figures()).isEqualTo(straight(8_000, 4_000, triple));

        h.goTo(2_000, null);
        h.change(negate);
        assertThat(h.changeCount()).isEqualTo(1);
        h.goTo(10_000, null);
        assertThat(h.current().figures()).isEqualTo(straight(10_000, 2_000, negate));
    }

    @Test
    void restartingForgetsTheHistoryAndItsSnapshots() {
        var h = history(new Walk(10_000, 42), 1L << 30, 5_000_000);
        h.goTo(5_000, null);
        h.change(x -> 2 * x);
        h.restartFrom(new Walk(10_000, 7));
        assertThat(h.snapshotCount()).isZero();
        assertThat(h.changeCount()).isZero();
        assertThat(h.current().now()).isZero();
    }
}
