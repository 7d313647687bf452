package org.fanoutlab.ui.lab.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.junit.jupiter.api.Test;
import org.fanoutlab.ui.lab.Fixtures;

/**
 * Each control's change against the real engine: applied to a running simulation, it must leave the
 * simulation's scenario exactly as the lab's own copy says (that copy is what Save writes).
 */
public class ParameterChangeEngineTest {
    private static final List<ParameterChange> EVERY_KIND = List.of(
            new ParameterChange.SetModel(Model.HYBRID),
            new ParameterChange.SetPollInterval(5),
            new ParameterChange.SetCelebrityThreshold(2_000),
            new ParameterChange.SetFanoutRate(0),
            new ParameterChange.SetFanoutRate(250_000),
            new ParameterChange.SetCacheCapacity(20),
            new ParameterChange.SetFollowers(1, 400),
            new ParameterChange.SetPostsPerHour(0, 30));

    @Test
    void everyChangeReachesTheRunningEngineAndTheLabsCopyAlike() {
        for (ParameterChange c : EVERY_KIND) {
            Scenario start = Fixtures.twoProducers(Model.PUSH);
            Simulation sim = new Simulation(start);
            sim.advanceTo(600);
            c.applyTo(sim);
            assertThat(sim.scenario()).as(c.toString()).isEqualTo(c.applyTo(start));
            sim.advanceTo(1200);
            assertThat(sim.now()).isEqualTo(1200);
        }
    }

    @Test
    void shorterPollIntervalMidRunMakesMoreChecksThanStayingAt30s() {
        Scenario pull = Fixtures.twoProducers(Model.PULL);
        Simulation stay = new Simulation(pull);
        Simulation faster = new Simulation(pull);
        stay.advanceTo(1800);
        faster.advanceTo(1800);
        new ParameterChange.SetPollInterval(5).applyTo(faster);
        stay.advanceTo(3600);
        faster.advanceTo(3600);
        assertThat(faster.metrics().checks()).isGreaterThan(stay.metrics().checks());
        assertThat(faster.metrics().wastedPerUseful()).isGreaterThan(stay.metrics().wastedPerUseful());
    }
}
