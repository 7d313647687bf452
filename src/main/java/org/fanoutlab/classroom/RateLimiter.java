package org.fanoutlab.classroom;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per key in any window of one second (a sliding window, so a burst cannot straddle
 * two fixed seconds to get twice the limit). Refused requests do not use up the window: a client that stops
 * hammering is served again one second after its last accepted request. Time comes from the injected clock so tests
 * step it instead of sleeping.
 */
public final class RateLimiter {
    private static final long WINDOW_MILLIS = 1000;

    private final int limit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts the request when it is allowed. */
    public boolean allow(String key) {
        Window w = windows.computeIfAbsent(key, k -> new Window(limit));
        long now = clock.millis();
        synchronized (w) {
            return w.tryAdd(now);
        }
    }

    /** Whether the key has used its window up, without counting this look as a request. */
    public boolean isFull(String key) {
        Window w = windows.get(key);
        if (w == null) {
            return false;
        }
        long now = clock.millis();
        synchronized (w) {
            return w.full(now);
        }
    }

    /** Forgets keys idle for a whole window, so addresses that tried once do not pile up. */
    public void prune() {
        long now = clock.millis();
        windows.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().idleSince(now);
            }
        });
    }

    int keys() {
        return windows.size();
    }

    /** The times of the last {@code limit} accepted requests, as a ring. */
    private static final class Window {
        private final long[] times;
        private int next;
        private int count;

        Window(int limit) {
            times = new long[limit];
        }

        boolean full(long now) {
            // times[next] is the oldest of the last `limit` accepted requests once the ring is full.
            return count == times.length && now - times[next] < WINDOW_MILLIS;
        }

        boolean tryAdd(long now) {
            if (full(now)) {
                return false;
            }
            times[next] = now;
            next = (next + 1) % times.length;
            count = Math.min(count + 1, times.length);
            return true;
        }

        boolean idleSince(long now) {
            int newest = (next - 1 + times.length) % times.length;
            return count == 0 || now - times[newest] >= WINDOW_MILLIS;
        }
    }
}
