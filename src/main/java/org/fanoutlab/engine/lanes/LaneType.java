package org.fanoutlab.engine.lanes;

import static org.fanoutlab.engine.lanes.LaneParam.ACK_LOSS_RATE;
import static org.fanoutlab.engine.lanes.LaneParam.BATCH_SIZE;
import static org.fanoutlab.engine.lanes.LaneParam.BUFFER_SIZE;
import static org.fanoutlab.engine.lanes.LaneParam.CLIENT_MESSAGES_PER_MINUTE;
import static org.fanoutlab.engine.lanes.LaneParam.CONSUMER_CAPACITY_PER_SECOND;
import static org.fanoutlab.engine.lanes.LaneParam.DROPS_PER_HOUR;
import static org.fanoutlab.engine.lanes.LaneParam.FAILURE_RATE;
import static org.fanoutlab.engine.lanes.LaneParam.FETCH_ROUND_TRIP_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.FETCH_WAIT_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.HOLD_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.INTERVAL_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.MAX_ATTEMPTS;
import static org.fanoutlab.engine.lanes.LaneParam.NOTIFY_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.RECONNECT_DELAY_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.REISSUE_GAP_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.REISSUE_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.RETRY_BASE_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.ROUND_TRIP_SECONDS;

import java.util.List;
import org.fanoutlab.engine.base.SeededRandom;

/**
 * One way a consumer learns of new data (docs/decisions/0007-delivery-lanes.md describes each model). Each type
 * names the class that simulates it, so adding a lane is one constant here and one {@link Lane} subclass.
 */
public enum LaneType {
    SHORT_POLL("short-poll", "Short polling", "pull", List.of(INTERVAL_SECONDS, ROUND_TRIP_SECONDS),
            ShortPollLane::new),
    LONG_POLL("long-poll", "Long polling", "pull", List.of(HOLD_SECONDS, ROUND_TRIP_SECONDS), LongPollLane::new),
    SERVER_PUSH("server-push", "Server push (SSE)", "push",
            List.of(ROUND_TRIP_SECONDS, RECONNECT_DELAY_SECONDS, DROPS_PER_HOUR), ServerPushLane::new),
    WEBHOOK("webhook", "Webhook", "push",
            List.of(ROUND_TRIP_SECONDS, FAILURE_RATE, ACK_LOSS_RATE, RETRY_BASE_SECONDS, MAX_ATTEMPTS),
            WebhookLane::new),
    QUEUE_PULL("queue-pull", "Queue pull (Kafka consumer)", "pull",
            List.of(CONSUMER_CAPACITY_PER_SECOND, BATCH_SIZE, FETCH_WAIT_SECONDS), QueuePullLane::new),
    PUSH_TO_SLOW_CONSUMER("push-to-slow-consumer", "Push to a slow consumer", "push",
            List.of(CONSUMER_CAPACITY_PER_SECOND, BUFFER_SIZE), SlowPushLane::new),
    IDLE("idle", "IMAP IDLE", "hybrid",
            List.of(NOTIFY_SECONDS, FETCH_ROUND_TRIP_SECONDS, REISSUE_SECONDS, REISSUE_GAP_SECONDS),
            IdleLane::new),
    WEBSOCKET("websocket", "WebSocket (two-way)", "push",
            List.of(ROUND_TRIP_SECONDS, CLIENT_MESSAGES_PER_MINUTE, RECONNECT_DELAY_SECONDS, DROPS_PER_HOUR),
            WebSocketLane::new);

    /** Builds the state machine of one lane. */
    @FunctionalInterface
    interface Factory {
        Lane create(int index, LaneSpec spec, LaneEventRing events, SeededRandom random);
    }

    private final String id;
    private final String title;
    private final String model;
    private final List<LaneParam> params;
    private final Factory factory;

    LaneType(String id, String title, String model, List<LaneParam> params, Factory factory) {
        this.id = id;
        this.title = title;
        this.model = model;
        this.params = params;
        this.factory = factory;
    }

    /** A fresh lane of this type at index {@code index}, drawing from its own stream {@code random}. */
    Lane create(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        return factory.create(index, spec, events, random);
    }

    /** The kebab-case name used in scenario files and reports. */
    public String id() {
        return id;
    }

    /** A human title for the UI. */
    public String title() {
        return title;
    }

    /** "push", "pull" or "hybrid": who moves the data. */
    public String model() {
        return model;
    }

    /** The numeric parameters of this type, in file order. */
    public List<LaneParam> params() {
        return params;
    }

    /** Whether the type also takes {@code onFull} (drop or block). */
    public boolean hasOnFull() {
        return this == PUSH_TO_SLOW_CONSUMER;
    }

    /** @return the type, or null when {@code id} names none */
    public static LaneType fromId(String id) {
        for (LaneType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }

    /** "short-poll, long-poll, …" for problems. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (LaneType t : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(t.id);
        }
        return sb.toString();
    }
}
