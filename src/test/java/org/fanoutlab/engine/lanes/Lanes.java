package org.fanoutlab.engine.lanes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fanoutlab.engine.LanesSimulation;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;

/** Small builders for the lane tests. */
final class Lanes {
    static final double DAY = 86_400;
    static final double HOUR = 3_600;

    private Lanes() {
    }

    static LaneSpec lane(LaneType type, Object... paramValuePairs) {
        Map<LaneParam, Double> m = new EnumMap<>(LaneParam.class);
        OnFull onFull = OnFull.DROP;
        for (int i = 0; i < paramValuePairs.length; i += 2) {
            if (paramValuePairs[i] == null) {
                onFull = (OnFull) paramValuePairs[i + 1];
            } else {
                m.put((LaneParam) paramValuePairs[i], ((Number) paramValuePairs[i + 1]).doubleValue());
            }
        }
        return new LaneSpec(type.id(), type, m, onFull);
    }

    static Scenario scenario(double duration, double postsPerHour, Schedule schedule, long seed, LaneSpec... lanes) {
        return new Scenario("lanes test", "", Model.PULL, duration, seed, 1,
                List.of(new Producer("source", 1, postsPerHour, schedule)), 30, 1_000_000, 0, 800)
                .withLanes(List.of(lanes));
    }

    static Scenario hourly(double duration, LaneSpec... lanes) {
        return scenario(duration, 1, Schedule.UNIFORM, 1, lanes);
    }

    static LaneMetrics runOne(Scenario s) {
        return LanesSimulation.run(s).get(0);
    }
}
