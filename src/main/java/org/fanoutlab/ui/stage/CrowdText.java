package org.fanoutlab.ui.stage;

import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.ui.common.Messages;

/**
 * The words in the crowd box: the consumers not drawn one by one, and how far the latest pushed post's fan-out
 * has reached among its followers. Counted as consumers (only some of them follow any given producer), with the
 * producer's own follower count beside the share: a figure on the stage is as true as one in the metrics table.
 */
final class CrowdText {
    private CrowdText() {
    }

    /** "+ 995 more consumers". */
    static String heading(StageScene scene) {
        return Messages.format("stage.crowd.heading", ComponentInfo.n(scene.crowd()));
    }

    /** The share of all consumers that follow this producer, 0..1 (0 for none). */
    static double followerShare(StageScene scene, int producer) {
        if (producer < 0 || producer >= scene.producers().size() || scene.scenario().consumers() <= 0) {
            return 0;
        }
        return Math.min(1.0, (double) scene.producers().get(producer).followers() / scene.scenario().consumers());
    }

    /**
     * "fan-out reached 40% of friend's 300 followers", with the checks for pull and hybrid; empty before the
     * first figures.
     *
     * @param queueProducer the producer whose writes were queued last, or -1
     * @param fill          how far that post's fan-out has reached, 0..1
     */
    static String detail(StageScene scene, Metrics m, int queueProducer, double fill) {
        if (m == null) {
            return "";
        }
        String reached = "";
        if (scene.hasFanout() && queueProducer >= 0 && queueProducer < scene.producers().size()) {
            Producer p = scene.producers().get(queueProducer);
            reached = Messages.format("stage.crowd.reached", Math.round(fill * 100), p.name(),
                    ComponentInfo.n(p.followers()));
        }
        if (scene.model() == Model.PUSH) {
            return reached;
        }
        String checks = Messages.format("stage.crowd.checks", CounterPainter.big(m.checks()),
                CounterPainter.big(m.emptyChecks()));
        return reached.isEmpty() ? checks : Messages.format("stage.crowd.join", reached, checks);
    }
}
