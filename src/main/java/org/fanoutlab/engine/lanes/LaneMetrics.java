package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.Latency;

/**
 * What one lane has cost and achieved so far. Names are the camelCase ones reports, JSON and CSV use; a figure
 * that does not apply to the lane's type stays 0.
 *
 * @param requests        requests the consumer side sent: polls, long polls, fetches, (re)connects, IDLE and FETCH
 *                        commands; for webhooks, the provider's calls (attempts, retries included)
 * @param emptyAnswers    answers that carried nothing: empty polls, long-poll and fetch timeouts
 * @param openConnections connections or held requests the server keeps open for this consumer right now
 * @param openConnectionsMax the most ever open at once
 * @param deliveries      posts that reached the consumer (each post once; duplicates are counted apart)
 * @param latency         post → delivery in simulated seconds (for queue and slow-consumer lanes: → processed)
 * @param drops           posts thrown away because the consumer's buffer was full
 * @param duplicates      extra copies the receiver got (webhook retries after a lost acknowledgement)
 * @param retries         webhook calls after the first for the same post
 * @param givenUp         posts the webhook sender stopped retrying without an acknowledgement
 * @param lagNow          posts made but neither delivered, dropped nor given up yet (messages waiting)
 * @param lagMax          the most ever waiting at once
 * @param replays         posts sent again from the last event id after a server-push reconnect
 * @param reissues        IDLE commands ended and re-issued to keep the session alive
 * @param blockedSeconds  time the producer spent blocked on a full buffer ({@code onFull: block})
 * @param clientMessages  messages the consumer sent up its open connection (WebSocket): chat lines, acks, typing
 *                        notices; they ride the connection the posts come down, so none is a request
 */
public record LaneMetrics(
        String name,
        LaneType type,
        long requests,
        long emptyAnswers,
        long openConnections,
        long openConnectionsMax,
        long deliveries,
        Latency latency,
        long drops,
        long duplicates,
        long retries,
        long givenUp,
        long lagNow,
        long lagMax,
        long replays,
        long reissues,
        double blockedSeconds,
        long clientMessages) {
}
