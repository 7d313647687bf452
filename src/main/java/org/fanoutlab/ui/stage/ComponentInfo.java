package org.fanoutlab.ui.stage;

import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.Messages;

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
            String how = scene.isPulled(p) ? Messages.get("stage.info.producer.pulled")
                    : Messages.format("stage.info.producer.pushed", n(pr.followers()));
            return Messages.format("stage.info.producer", pr.name(), n(pr.followers()), num(pr.postsPerHour()), how);
        }
        if (anchor == Anchors.FANOUT) {
            String rate = sc.fanoutWritesPerSecond() > 0
                    ? Messages.format("stage.info.fanout.rate", n((long) sc.fanoutWritesPerSecond()))
                    : Messages.get("stage.info.fanout.unlimited");
            return Messages.format("stage.info.fanout", rate) + (m == null ? ""
                    : " " + Messages.format("stage.info.fanout.sofar", n(m.cacheWrites()), n(m.fanoutBacklogMax())));
        }
        if (anchor == Anchors.DATABASE) {
            String role = Messages.get(model == Model.PUSH ? "stage.info.database.push" : "stage.info.database.pull");
            return role + (m == null ? "" : " " + Messages.format("stage.info.database.sofar", n(m.readQueries())));
        }
        if (anchor == Anchors.CROWD) {
            long busiest = 0;
            for (Producer p : sc.producers()) {
                busiest = Math.max(busiest, p.followers());
            }
            String fill = scene.hasFanout() ? Messages.get("stage.info.crowd.fill") : "";
            return Messages.format("stage.info.crowd", n(scene.crowd()), n(busiest), n(sc.consumers()), fill,
                    num(sc.pollIntervalSeconds()))
                    + (m == null ? "" : " " + Messages.format("stage.info.crowd.sofar", n(m.checks()),
                            n(m.emptyChecks())));
        }
        if (Anchors.isCache(anchor)) {
            return Messages.format("stage.info.cache", n(sc.cacheCapacity()));
        }
        if (Anchors.isPhone(anchor)) {
            String how = Messages.get(switch (model) {
                case PUSH -> "stage.info.phone.push";
                case PULL -> "stage.info.phone.pull";
                case HYBRID -> "stage.info.phone.hybrid";
            });
            return Messages.format("stage.info.phone", num(sc.pollIntervalSeconds()), how);
        }
        return "";
    }

    static String n(long v) {
        return NumberInput.formatWhole(v);
    }

    static String num(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return NumberInput.formatWhole(v);
        }
        return NumberInput.formatDecimal(v, 2);
    }
}
