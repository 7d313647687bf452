package org.fanoutlab.engine.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void drawsExactlyWhatTheJdksSplittableRandomDraws() {
        for (long seed : new long[] {0, 1, 7, -3, 222_610, Long.MAX_VALUE}) {
            SplittableRandom jdk = new SplittableRandom(seed);
            SeededRandom ours = new SeededRandom(seed);
            for (int i = 0; i < 2_000; i++) {
                switch (i % 6) {
                    case 0 -> assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
                    case 1 -> assertThat(ours.nextDouble()).isEqualTo(jdk.nextDouble());
                    case 2 -> assertThat(ours.nextInt(1 + i)).isEqualTo(jdk.nextInt(1 + i));
                    case 3 -> assertThat(ours.nextLong(1_000_000_007L * i + 3))
                            .isEqualTo(jdk.nextLong(1_000_000_007L * i + 3));
                    case 4 -> assertThat(ours.nextInt(1 << 10)).isEqualTo(jdk.nextInt(1 << 10));
                    default -> {
                        SplittableRandom js = jdk.split();
                        SeededRandom os = ours.split();
                        assertThat(os.nextLong()).isEqualTo(js.nextLong());
                        assertThat(os.nextDouble()).isEqualTo(js.nextDouble());
                    }
                }
            }
        }
    }

    @Test
    void aCopyDrawsTheSameNumbersAndLeavesTheOriginalAlone() {
        SeededRandom a = new SeededRandom(42);
        a.nextLong();
        SeededRandom b = a.copy();
        long fromCopy = b.nextLong();
        b.nextLong();

        assertThat(a.nextLong()).isEqualTo(fromCopy);
    }

    @Test
    void purposeStreamsDependOnlyOnSeedPurposeAndIndex() {
        long x = SeededRandom.forPurpose(5, 1, 0).nextLong();
        assertThat(SeededRandom.forPurpose(5, 1, 0).nextLong()).isEqualTo(x);
        assertThat(SeededRandom.forPurpose(5, 2, 0).nextLong()).isNotEqualTo(x);
        assertThat(SeededRandom.forPurpose(5, 1, 1).nextLong()).isNotEqualTo(x);
        assertThat(SeededRandom.forPurpose(6, 1, 0).nextLong()).isNotEqualTo(x);
    }
}
