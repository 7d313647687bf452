package org.fanoutlab.ui.stage;

import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;

/** Where a stage opens, so that Play shows the story within seconds (docs/decisions/0003, "Lead-in"). */
final class LeadIn {
    private LeadIn() {
    }

    /**
     * Where the stage opens: just before the first post when every producer posts on a uniform schedule and
     * the first post is far off (an hourly post comes at 30 minutes), so that Play shows the story within
     * seconds. The quiet stretch is still simulated; its totals are counted, only its tokens are skipped.
     */
    static double start(Scenario sc) {
        double first = Double.MAX_VALUE;
        for (Producer p : sc.producers()) {
            if (p.schedule() != Schedule.UNIFORM) {
                return 0;
            }
            if (p.postsPerHour() > 0) {
                first = Math.min(first, 0.5 * 3600 / p.postsPerHour());
            }
        }
        double leadIn = 2 * sc.pollIntervalSeconds();
        if (first == Double.MAX_VALUE || first < 2 * leadIn || first >= sc.durationSeconds()) {
            return 0;
        }
        // Whole poll intervals before the post, so the phones' rhythm is already under way.
        return Math.floor((first - leadIn) / sc.pollIntervalSeconds()) * sc.pollIntervalSeconds();
    }
}
