package org.fanoutlab.ui.guide;

import java.util.List;

/**
 * The guide's rules, first match wins. The order matters: a receiver that cannot keep up rules out plain push
 * whatever else is true, so pace is asked first; then the shape of the fan-out; then freshness and change rate
 * decide between the remaining options. The reasons are keys of the guide's bundle.
 */
final class DecisionTable {
    private static final String NO_QUEUE_NOTE = "guide.note.noQueue";
    private static final String NO_LONG_POLL_NOTE = "guide.note.noLongPoll";

    private DecisionTable() {
    }

    static Recommendation decide(Answers a) {
        if (a.pace() == Pace.UNEVEN) {
            if (a.freshness() == Freshness.MINUTES_TO_HOURS) {
                return recommend(Approach.PULL, "guide.why.unevenSlack", "regular-pull", null);
            }
            return recommend(Approach.QUEUE_BACKED_PULL, "guide.why.unevenQueue", "regular-pull", NO_QUEUE_NOTE);
        }
        if (a.fanOut() == FanOut.MANY_TO_ONE) {
            if (a.freshness() == Freshness.SUB_SECOND) {
                return recommend(Approach.QUEUE_BACKED_PULL, "guide.why.collectorFast", "regular-pull",
                        NO_QUEUE_NOTE);
            }
            return recommend(Approach.PULL, "guide.why.collector", "regular-pull", null);
        }
        if (a.fanOut() == FanOut.SOME_MILLIONS) {
            if (a.freshness() == Freshness.MINUTES_TO_HOURS && a.changeRate() == ChangeRate.RARELY) {
                return recommend(Approach.PULL, "guide.why.millionsCalm", "celebrity-pull", null);
            }
            return recommend(Approach.HYBRID, "guide.why.millions", "celebrity-hybrid", null);
        }
        // modest audiences, receivers keep up
        return switch (a.freshness()) {
            case SUB_SECOND -> a.changeRate() == ChangeRate.OFTEN
                    ? recommend(Approach.PUSH, "guide.why.smallInstant", "regular-push", null)
                    : longPolling("guide.why.rareInstant");
            case SECONDS_TO_MINUTES -> a.changeRate() == ChangeRate.OFTEN
                    ? recommend(Approach.PUSH, "guide.why.smallOften", "regular-push", null)
                    : longPolling("guide.why.rareSeconds");
            case MINUTES_TO_HOURS -> recommend(Approach.PULL, "guide.why.slack", "regular-pull", null);
        };
    }

    private static Recommendation recommend(Approach approach, String why, String preset, String note) {
        return new Recommendation(approach, List.of(why), preset, note);
    }

    /** The first sentence says why checking on a timer is wasteful here; the second is the same for both cases. */
    private static Recommendation longPolling(String firstSentence) {
        return new Recommendation(Approach.LONG_POLLING_OR_SSE, List.of(firstSentence, "guide.why.longPolling"),
                "regular-push", NO_LONG_POLL_NOTE);
    }
}
