package org.fanoutlab.engine.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Kept copies in chunks: exact round trips, and sharing only what is really equal, counted once. */
class ChunkedCopyTest {
    private static final int N = ChunkedCopy.CHUNK * 3 + 17; // the last chunk is short
    private static final long TABLE = 16 + 8 * 4;
    private static final long INT_CHUNK = 16 + 4L * ChunkedCopy.CHUNK;

    private static int[] randomInts(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] a = new int[N];
        for (int i = 0; i < N; i++) {
            a[i] = r.nextInt();
        }
        return a;
    }

    @Test
    void aCopyGivesBackTheArrayAsItWasWhateverHappensToTheOriginal() {
        int[] a = randomInts(1);
        int[] expected = a.clone();
        ChunkedCopy c = ChunkedCopy.of(a, null);
        a[0] = 99;
        a[N - 1] = 98;
        assertThat(ChunkedCopy.toInts(c)).containsExactly(expected);
        int[] restored = ChunkedCopy.toInts(c);
        restored[5] = 7; // a restored array is the run's own: writing it leaves the copy alone
        assertThat(ChunkedCopy.toInts(c)).containsExactly(expected);

        long[] l = new long[N];
        for (int i = 0; i < N; i++) {
            l[i] = (long) i * i * 1_000_003L;
        }
        assertThat(ChunkedCopy.toLongs(ChunkedCopy.of(l, null))).containsExactly(l.clone());
        assertThat(ChunkedCopy.toInts(ChunkedCopy.of((int[]) null, c))).isNull();
    }

    @Test
    void aCopyTakenAfterOneWriteSharesEveryOtherChunkWithThePreviousCopy() {
        int[] a = randomInts(2);
        ChunkedCopy first = ChunkedCopy.of(a, null);
        a[ChunkedCopy.CHUNK + 5]++; // the second chunk changes
        a[N - 1] = a[N - 1]; // written with the same value: still equal, still shared
        ChunkedCopy second = ChunkedCopy.of(a, first);

        assertThat(ChunkedCopy.bytesBeyond(first, null)).isEqualTo(TABLE + 3 * INT_CHUNK + 16 + 4 * 17);
        assertThat(ChunkedCopy.bytesBeyond(second, first)).isEqualTo(TABLE + INT_CHUNK);
        assertThat(ChunkedCopy.toInts(second)).containsExactly(a.clone());
        a[ChunkedCopy.CHUNK + 5]--;
        assertThat(ChunkedCopy.toInts(first)).containsExactly(a); // the shared chunks were never written
    }

    @Test
    void restoringOverAnArrayOfTheSameLengthRewritesEveryElement() {
        int[] a = randomInts(4);
        ChunkedCopy c = ChunkedCopy.of(a, null);
        int[] dropped = randomInts(5);
        assertThat(ChunkedCopy.toInts(c, dropped)).isSameAs(dropped).containsExactly(a);
        int[] wrongLength = new int[N + 1];
        assertThat(ChunkedCopy.toInts(c, wrongLength)).isNotSameAs(wrongLength).containsExactly(a);
        long[] l = new long[N];
        l[N - 1] = 42;
        long[] old = new long[N];
        Arrays.fill(old, -1);
        assertThat(ChunkedCopy.toLongs(ChunkedCopy.of(l, null), old)).isSameAs(old).containsExactly(l);
    }

    @Test
    void nothingIsSharedWithACopyOfAnotherKindOrLength() {
        int[] a = randomInts(3);
        ChunkedCopy shorter = ChunkedCopy.of(new int[N - 1], null);
        ChunkedCopy longs = ChunkedCopy.of(new long[N], null);
        ChunkedCopy c = ChunkedCopy.of(a, shorter);
        assertThat(ChunkedCopy.toInts(c)).containsExactly(a.clone());
        assertThat(ChunkedCopy.bytesBeyond(c, shorter)).isEqualTo(ChunkedCopy.bytesBeyond(c, null));
        assertThat(ChunkedCopy.bytesBeyond(ChunkedCopy.of(a, longs), longs))
                .isEqualTo(ChunkedCopy.bytesBeyond(c, null));
        assertThat(ChunkedCopy.bytesBeyond(null, c)).isZero();
    }
}
