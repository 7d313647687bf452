package org.fanoutlab.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.fanoutlab.engine.lanes.LaneParam;
import org.junit.jupiter.api.Test;

/**
 * A lane parameter added to the engine is shown in the lanes view by its label in the lanes bundle
 * ({@code lanes.param.<id>}); the key is built at run time, so the bundle test that finds keys in the code cannot see
 * it. This is the check docs/architecture.md ("How to add a lane") points at.
 */
class LaneParamLabelsTest {

    @Test
    void everyLaneParameterHasALabelForPeople() {
        assertThat(Arrays.stream(LaneParam.values()).map(p -> new ParamControl(0, p, p.defaultValue()).label()))
                .noneMatch(label -> label.startsWith("!"))
                .doesNotHaveDuplicates();
    }
}
