package org.fanoutlab.classroom;

/**
 * What the room's server did so far: the push model, counted (the instructor's "Room traffic" strip).
 *
 * @param connectionsHeld    push streams open now
 * @param eventsPushed       events written to phones (replays included, keep-alive pings not)
 * @param requestsAnswered   HTTP requests answered, whatever their status
 * @param connectionsDropped streams the room cut: slow or dead phones, and streams replaced by a reconnect
 */
public record TrafficSnapshot(int connectionsHeld, long eventsPushed, long requestsAnswered, long connectionsDropped) {
}
