package org.fanoutlab.ui.guide;

/** What the guide can recommend. */
enum Approach {
    PUSH("Push (fan-out on write)"),
    PULL("Pull (scheduled checks)"),
    HYBRID("Hybrid: push for most, pull for the biggest senders"),
    QUEUE_BACKED_PULL("Queue-backed pull"),
    LONG_POLLING_OR_SSE("Long polling or server-sent events");

    private final String title;

    Approach(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
