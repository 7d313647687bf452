package org.fanoutlab.engine.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.lanes.OnFull;
import org.junit.jupiter.api.Test;

/** Files spell the engine's enums in lower case; a misspelling is told the values it could have been. */
class LowerCaseIdsTest {

    @Test
    void everyConstantReadsBackFromItsOwnSpelling() {
        for (Model m : Model.values()) {
            assertThat(Model.fromId(m.id())).isSameAs(m);
        }
        for (Schedule s : Schedule.values()) {
            assertThat(Schedule.fromId(s.id())).isSameAs(s);
        }
        for (OnFull o : OnFull.values()) {
            assertThat(OnFull.fromId(o.id())).isSameAs(o);
        }
        assertThat(Model.HYBRID.id()).isEqualTo("hybrid");
        assertThat(OnFull.BLOCK.id()).isEqualTo("block");
    }

    @Test
    void aMisspellingNamesEveryAcceptedValue() {
        assertThatThrownBy(() -> Model.fromId("Push")).hasMessage("unknown model 'Push' (expected push, pull or hybrid)");
        assertThatThrownBy(() -> Schedule.fromId("weekly"))
                .hasMessage("unknown schedule 'weekly' (expected uniform or poisson)");
        assertThatThrownBy(() -> OnFull.fromId("")).hasMessage("unknown onFull '' (expected drop or block)");
    }
}
