package org.fanoutlab.ui.lab.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanoutlab.engine.Model;
import org.junit.jupiter.api.Test;
import org.fanoutlab.ui.lab.controls.ParameterChange;

public class PendingChangesTest {
    @Test
    void aDragOfManyValuesReachesTheEngineAsItsLatestValueOnly() {
        PendingChanges pending = new PendingChanges();
        for (int s = 1; s <= 500; s++) {
            pending.offer(new ParameterChange.SetPollInterval(s));
        }
        assertThat(pending.drain()).containsExactly(new ParameterChange.SetPollInterval(500));
        assertThat(pending.drain()).isEmpty();
    }

    @Test
    void differentParametersAndProducersAreKeptApartInTheOrderLastTouched() {
        PendingChanges pending = new PendingChanges();
        pending.offer(new ParameterChange.SetFollowers(0, 10));
        pending.offer(new ParameterChange.SetFollowers(1, 20));
        pending.offer(new ParameterChange.SetModel(Model.PULL));
        pending.offer(new ParameterChange.SetFollowers(0, 30));
        assertThat(pending.drain()).containsExactly(new ParameterChange.SetFollowers(1, 20),
                new ParameterChange.SetModel(Model.PULL), new ParameterChange.SetFollowers(0, 30));
    }

    @Test
    void clearDropsWhatWaits() {
        PendingChanges pending = new PendingChanges();
        pending.offer(new ParameterChange.SetCacheCapacity(5));
        pending.clear();
        assertThat(pending.drain()).isEmpty();
    }
}
