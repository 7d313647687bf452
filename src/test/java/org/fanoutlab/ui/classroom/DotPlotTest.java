package org.fanoutlab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the dot plot puts the room's guesses: on their figure, stacked, the wild ones counted at the edge. */
class DotPlotTest {
    private static DotPlot.Guess g(double v) {
        return new DotPlot.Guess(v, null);
    }

    @Test
    void aGuessOfTheRightFigureIsDrawnOnTheMarkerNotBesideIt() {
        DotPlot plot = DotPlot.of(List.of(g(2000), g(2000), g(500), g(1000), g(2500), g(4000)), 2000.0, 100,
                DotPlot.COLUMNS);
        DotPlot.Dot right = plot.dots().stream().filter(d -> d.value() == 2000).findFirst().orElseThrow();
        assertThat(plot.columnCentre(right.column())).isCloseTo(plot.position(2000), within(1e-9));
        for (DotPlot.Dot d : plot.dots()) {
            assertThat(Math.abs(plot.columnCentre(d.column()) - plot.position(d.value())))
                    .as("a dot is never more than half a column from its value: %s", d.value())
                    .isLessThanOrEqualTo(0.5 / plot.columns() + 1e-9);
        }
    }

    @Test
    void theEndsOfTheAxisHaveTheirOwnColumnsAndEqualGuessesStack() {
        DotPlot plot = DotPlot.of(List.of(g(0), g(0), g(100), g(100), g(100)), null, 0, 10);
        assertThat(plot.min()).isEqualTo(0);
        assertThat(plot.max()).isEqualTo(100);
        assertThat(plot.dots()).extracting(DotPlot.Dot::column).containsExactly(0, 0, 10, 10, 10);
        assertThat(plot.dots()).extracting(DotPlot.Dot::level).containsExactly(0, 1, 0, 1, 2);
        assertThat(plot.tallest()).isEqualTo(3);
    }
}
