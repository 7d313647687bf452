package org.fanoutlab.engine.base;

/** Post → delivery latency in simulated seconds; all zero while nothing has been delivered. */
public record Latency(double mean, double p50, double p95, double p99, double max) {
    public static final Latency NONE = new Latency(0, 0, 0, 0, 0);
}
