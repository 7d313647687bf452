package org.fanoutlab.classroom.server;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread does (a server thread finishing a response) with a bound: a hang guard for
 * effects no listener announces. Nothing here measures or drives time; the room's time is the test clock.
 */
final class Eventually {
    static final Duration LIMIT = Duration.ofSeconds(10);

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + LIMIT + ": " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
