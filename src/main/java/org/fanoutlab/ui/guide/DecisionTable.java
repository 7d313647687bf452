package org.fanoutlab.ui.guide;

/**
 * The guide's rules, first match wins. The order matters: a receiver that cannot keep up rules out plain push
 * whatever else is true, so pace is asked first; then the shape of the fan-out; then freshness and change rate
 * decide between the remaining options.
 */
final class DecisionTable {
    private static final String NO_QUEUE_NOTE = "The lab has no queue in front of its consumers; this preset shows "
            + "the part that matters here: each consumer asking at its own pace.";
    private static final String NO_LONG_POLL_NOTE = "The lab has no open-connection model; this preset shows the "
            + "same effect: news is delivered when it is made, with no empty answers.";

    private DecisionTable() {
    }

    static Recommendation decide(Answers a) {
        if (a.pace() == Pace.UNEVEN) {
            if (a.freshness() == Freshness.MINUTES_TO_HOURS) {
                return new Recommendation(Approach.PULL,
                        "Receivers work at different speeds, so each should ask when it is ready rather than be "
                                + "handed more than it can take. With minutes or hours of slack, a scheduled fetch "
                                + "costs little and the server keeps no state about who is listening.",
                        "regular-pull", "");
            }
            return new Recommendation(Approach.QUEUE_BACKED_PULL,
                    "Senders append updates to a durable queue and each receiver takes the next batch when it has "
                            + "room, so a burst never swamps a slow reader. Fast receivers stay close to real time "
                            + "while a slow one just falls behind in its own place and catches up later.",
                    "regular-pull", NO_QUEUE_NOTE);
        }
        if (a.fanOut() == FanOut.MANY_TO_ONE) {
            if (a.freshness() == Freshness.SUB_SECOND) {
                return new Recommendation(Approach.QUEUE_BACKED_PULL,
                        "With many senders and one receiver, the receiver is the bottleneck, so it should set "
                                + "the pace. A queue gathers updates the moment they happen and the receiver reads "
                                + "it continuously, keeping delay low without letting the senders overrun it.",
                        "regular-pull", NO_QUEUE_NOTE);
            }
            return new Recommendation(Approach.PULL,
                    "One collector gathering from many sources knows best when it has capacity, so it should "
                            + "fetch on its own schedule. Each source only keeps its latest data ready to read "
                            + "and never needs to know who is collecting.",
                    "regular-pull", "");
        }
        if (a.fanOut() == FanOut.SOME_MILLIONS) {
            if (a.freshness() == Freshness.MINUTES_TO_HOURS && a.changeRate() == ChangeRate.RARELY) {
                return new Recommendation(Approach.PULL,
                        "Copying an update into millions of feeds is the expensive part of push, and nobody "
                                + "here needs it quickly. Store each update once and let readers fetch it on their "
                                + "next visit: one query per visit, almost nothing per update.",
                        "celebrity-pull", "");
            }
            return new Recommendation(Approach.HYBRID,
                    "Writing one post into millions of feeds at once is what overwhelms pure push, yet for small "
                            + "accounts those copies are cheap and make feeds load instantly. Push posts from "
                            + "accounts below a follower threshold and fetch the few huge ones when a reader opens "
                            + "the feed, merging them in.",
                    "celebrity-hybrid", "");
        }
        // modest audiences, receivers keep up
        return switch (a.freshness()) {
            case SUB_SECOND -> a.changeRate() == ChangeRate.OFTEN
                    ? new Recommendation(Approach.PUSH,
                            "Small audiences make each update cost only a handful of writes, and receivers who "
                                    + "want it within a second get it the moment it exists. Polling that often "
                                    + "would multiply requests; push sends one delivery per receiver per update.",
                            "regular-push", "")
                    : longPolling("Updates are rare but must arrive at once, so scheduled checks would nearly all "
                            + "come back empty.");
            case SECONDS_TO_MINUTES -> a.changeRate() == ChangeRate.OFTEN
                    ? new Recommendation(Approach.PUSH,
                            "Updates come often, so nearly every delivery carries news and pushing wastes "
                                    + "little; the audiences are small, so the writes stay cheap. Receivers see "
                                    + "changes within seconds without sending requests of their own.",
                            "regular-push", "")
                    : longPolling("A few seconds of delay is fine but changes are rare, so checking every few "
                            + "seconds would mostly get nothing.");
            case MINUTES_TO_HOURS -> new Recommendation(Approach.PULL,
                    "Nobody needs the data within minutes, so a simple scheduled fetch is enough and the server "
                            + "tracks no clients. Match the interval to how often the data really changes and the "
                            + "empty checks stay few.",
                    "regular-pull", "");
        };
    }

    private static Recommendation longPolling(String firstSentence) {
        return new Recommendation(Approach.LONG_POLLING_OR_SSE,
                firstSentence + " Keeping a connection open (long polling or server-sent events) lets the server "
                        + "answer the moment something changes and stay quiet otherwise.",
                "regular-push", NO_LONG_POLL_NOTE);
    }
}
