package org.fanoutlab.engine.lanes;

import java.util.Locale;

/**
 * One tunable number of a lane, with the range the file reader and the UI's controls share, and a sentence on
 * what it means in the real system (the UI shows it as a tooltip).
 */
public enum LaneParam {
    INTERVAL_SECONDS("intervalSeconds", 30, 0.1, 86_400, false, "s",
            "How long the client waits between two requests (a REST client on a timer)."),
    HOLD_SECONDS("holdSeconds", 30, 0.1, 3_600, false, "s",
            "How long the server keeps a request open when there is nothing new; proxies often cut idle requests near 60 s."),
    ROUND_TRIP_SECONDS("roundTripSeconds", 0.1, 0.001, 60, false, "s",
            "Network time of one request/response exchange; each delivery pays it once."),
    RECONNECT_DELAY_SECONDS("reconnectDelaySeconds", 3, 0, 3_600, false, "s",
            "After a dropped connection, how long the client takes to reconnect (EventSource retry, WebSocket back-off)."),
    DROPS_PER_HOUR("dropsPerHour", 2, 0, 3_600, false, "/h",
            "How often the open connection breaks (mobile networks, load-balancer restarts); drops are random but seeded."),
    FAILURE_RATE("failureRate", 0.1, 0, 1, false, "",
            "Share of webhook calls the receiver fails (down, slow, answering 5xx); each failure is retried."),
    ACK_LOSS_RATE("ackLossRate", 0.02, 0, 1, false, "",
            "Share of delivered calls whose 2xx answer never reaches the sender (a timeout): it retries, and the receiver gets a duplicate."),
    RETRY_BASE_SECONDS("retryBaseSeconds", 30, 0.1, 86_400, false, "s",
            "Wait before the first retry; each further retry waits twice as long (exponential back-off)."),
    MAX_ATTEMPTS("maxAttempts", 5, 1, 50, true, "",
            "Calls per event before the sender gives up on it (Stripe-style providers try for days)."),
    CONSUMER_CAPACITY_PER_SECOND("consumerCapacityPerSecond", 1, 0.001, 1_000_000, false, "/s",
            "Items the consumer can process per second, whatever the producer's pace."),
    BATCH_SIZE("batchSize", 500, 1, 1_000_000, true, "",
            "Most records one fetch returns (Kafka max.poll.records, 500 by default)."),
    FETCH_WAIT_SECONDS("fetchWaitSeconds", 0.5, 0.001, 3_600, false, "s",
            "How long the broker holds a fetch when no data waits (Kafka fetch.max.wait.ms, 0.5 s by default)."),
    BUFFER_SIZE("bufferSize", 10, 1, 10_000_000, true, "",
            "Items the consumer's receive buffer holds; pushed items beyond it are dropped or block the sender."),
    NOTIFY_SECONDS("notifySeconds", 0.05, 0, 60, false, "s",
            "Time for the server's short 'you have mail' line (* n EXISTS) to reach the idling client."),
    FETCH_ROUND_TRIP_SECONDS("fetchRoundTripSeconds", 0.2, 0.001, 60, false, "s",
            "Time for the client to end IDLE and FETCH the new message."),
    REISSUE_SECONDS("reissueSeconds", 1_740, 1, 86_400, false, "s",
            "How often the client ends and re-issues IDLE; servers may drop sessions idle for 30 minutes, so 29 minutes."),
    REISSUE_GAP_SECONDS("reissueGapSeconds", 0.2, 0, 60, false, "s",
            "The short pause while IDLE is re-issued (DONE, then IDLE again); mail arriving then waits for it."),
    CLIENT_MESSAGES_PER_MINUTE("clientMessagesPerMinute", 6, 0, 6_000, false, "/min",
            "Messages the client itself sends up the open WebSocket (chat lines, acks, typing notices); none needs a new request.");

    private final String id;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final boolean whole;
    private final String unit;
    private final String help;

    LaneParam(String id, double defaultValue, double min, double max, boolean whole, String unit, String help) {
        this.id = id;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.whole = whole;
        this.unit = unit;
        this.help = help;
    }

    /** The camelCase field name in scenario files. */
    public String id() {
        return id;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Whether only whole numbers make sense (counts, sizes). */
    public boolean whole() {
        return whole;
    }

    /** "s", "/s", "/min", "/h" or empty. */
    public String unit() {
        return unit;
    }

    /** What the parameter means in a real system, one sentence. */
    public String help() {
        return help;
    }

    public boolean accepts(double v) {
        return v >= min && v <= max && (!whole || v == Math.rint(v));
    }

    /** "must be 0.1 to 86400" style range text for problems. */
    public String range() {
        return fmt(min) + " to " + fmt(max) + (whole ? " (a whole number)" : "");
    }

    public static LaneParam fromId(String id) {
        for (LaneParam p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }

    private static String fmt(double v) {
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.valueOf(v);
    }
}
