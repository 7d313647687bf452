package org.fanoutlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final TestClock clock = new TestClock();
    private final RateLimiter limiter = new RateLimiter(10, clock);

    @Test
    void tenRequestsInASecondPassAndTheEleventhIsRefused() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.allow("a")).as("request %d", i + 1).isTrue();
            clock.advance(Duration.ofMillis(50));
        }
        assertThat(limiter.allow("a")).isFalse();
        assertThat(limiter.isFull("a")).isTrue();
    }

    @Test
    void oneKeyAtItsLimitLeavesTheOthersAlone() {
        for (int i = 0; i < 10; i++) {
            limiter.allow("a");
        }
        assertThat(limiter.allow("a")).isFalse();
        assertThat(limiter.allow("b")).isTrue();
        assertThat(limiter.isFull("b")).isFalse();
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 10; i++) {
            limiter.allow("a");
            clock.advance(Duration.ofMillis(100));
        }
        // The first request was 1000 ms ago: its slot is free again, the second's is not.
        assertThat(limiter.allow("a")).isTrue();
        assertThat(limiter.allow("a")).isFalse();
        clock.advance(Duration.ofMillis(100));
        assertThat(limiter.allow("a")).isTrue();
    }

    @Test
    void refusedRequestsDoNotProlongTheWait() {
        for (int i = 0; i < 10; i++) {
            limiter.allow("a");
        }
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMillis(19));
            assertThat(limiter.allow("a")).isFalse();
        }
        clock.advance(Duration.ofMillis(50));
        assertThat(limiter.allow("a")).isTrue();
    }

    @Test
    void idleKeysAreForgotten() {
        limiter.allow("a");
        limiter.allow("b");
        clock.advance(Duration.ofMillis(999));
        limiter.allow("b");
        clock.advance(Duration.ofMillis(1));
        limiter.prune();
        assertThat(limiter.keys()).isEqualTo(1);
    }
}
