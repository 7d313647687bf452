package org.fanoutlab.ui.stage;

import java.util.Locale;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;

/** What each component is and what it costs, in the learner's terms, with this scenario's own numbers. */
final class ComponentInfo {
    private ComponentInfo() {
    }

    static String describe(int anchor, StageScene scene, Metrics m) {
        if (scene == null || anchor == Anchors.NONE) {
            return "";
        }
        Scenario sc = scene.scenario();
        Model model = sc.model();
        if (Anchors.isProducer(anchor)) {
            int p = anchor - Anchors.PRODUCER0;
            if (p >= sc.producers().size()) {
                return "";
            }
            Producer pr = sc.producers().get(p);
            String how = scene.isPulled(p)
                    ? "Its posts are stored once in the posts database; followers fetch them when they check."
                    : "Each post costs one feed-cache write per follower: " + n(pr.followers()) + " writes.";
            return pr.name() + " (" + n(pr.followers()) + " followers, " + num(pr.postsPerHour())
                    + " posts per hour). " + how;
        }
        if (anchor == Anchors.FANOUT) {
            return "Fan-out service: copies every pushed post into each follower's feed cache, "
                    + (sc.fanoutWritesPerSecond() > 0 ? n((long) sc.fanoutWritesPerSecond()) + " writes per second"
                    : "with unlimited write capacity")
                    + ". Writes wait in its queue; a celebrity post queues one write per follower"
                    + (m == null ? "." : ". Writes so far: " + n(m.cacheWrites()) + ", longest queue: "
                    + n(m.fanoutBacklogMax()) + ".");
        }
        if (anchor == Anchors.DATABASE) {
            String role = model == Model.PUSH
                    ? "Posts database: every post is stored once here; readers never query it in pure push."
                    : "Posts database: posts are stored once per producer. Every check queries the timelines "
                    + "of the followees it pulls, whether or not anything is new.";
            return role + (m == null ? "" : " Timeline queries so far: " + n(m.readQueries()) + ".");
        }
        if (anchor == Anchors.CROWD) {
            return "The other " + n(scene.crowd()) + " consumers, not drawn one by one. "
                    + (scene.hasFanout() ? "The fill shows how far the latest pushed post's fan-out has reached. " : "")
                    + "They check every " + num(sc.pollIntervalSeconds()) + " s like the phones above"
                    + (m == null ? "." : "; checks by everyone so far: " + n(m.checks()) + ", empty: "
                    + n(m.emptyChecks()) + ".");
        }
        if (Anchors.isCache(anchor)) {
            return "Feed cache: this follower's precomputed timeline, the newest " + n(sc.cacheCapacity())
                    + " entries. Filled by fan-out writes at post time, so a read is one cheap lookup; "
                    + "the cost is paid at write time, once per follower.";
        }
        if (Anchors.isPhone(anchor)) {
            String how = switch (model) {
                case PUSH -> "reads its own feed cache; new posts are already there.";
                case PULL -> "asks the database for its followees' new posts; most answers are empty.";
                case HYBRID -> "reads its feed cache and queries its celebrity followees, merging the two.";
            };
            return "Consumer (a phone): checks its feed every " + num(sc.pollIntervalSeconds()) + " s and " + how;
        }
        return "";
    }

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String num(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%,d", Math.round(v));
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
