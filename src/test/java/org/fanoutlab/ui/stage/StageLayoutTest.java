package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanoutlab.engine.Model;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageLayoutTest {

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({
        "PUSH, 640, 300", "PULL, 640, 300", "HYBRID, 640, 300",
        "PUSH, 1280, 660", "PULL, 1280, 660", "HYBRID, 1280, 660",
        "HYBRID, 1900, 1000", "HYBRID, 480, 260", "PUSH, 3000, 400"})
    void everyComponentFitsInsideTheAreaBelowTheHeaderAndNoTwoOverlap(Model model, double w, double h) {
        StageScene scene = FakeReplay.scene(model, 5);
        StageLayout layout = new StageLayout();
        layout.compute(w, h, scene);

        int present = 0;
        for (int a = 0; a < Anchors.COUNT; a++) {
            if (!layout.present(a)) {
                continue;
            }
            present++;
            assertThat(layout.x(a)).as("left of %d", a).isGreaterThanOrEqualTo(0);
            assertThat(layout.y(a)).as("top of %d", a).isGreaterThanOrEqualTo(layout.headerHeight());
            assertThat(layout.x(a) + layout.w(a)).as("right of %d", a).isLessThanOrEqualTo(w);
            assertThat(layout.y(a) + layout.h(a)).as("bottom of %d", a).isLessThanOrEqualTo(h);
            // Room for at least two lines of text in every box.
            assertThat(layout.h(a)).as("height of %d", a).isGreaterThanOrEqualTo(layout.fontSize() * 2.4);
            for (int b = a + 1; b < Anchors.COUNT; b++) {
                if (layout.present(b)) {
                    boolean apart = layout.x(a) + layout.w(a) <= layout.x(b) || layout.x(b) + layout.w(b) <= layout.x(a)
                            || layout.y(a) + layout.h(a) <= layout.y(b) || layout.y(b) + layout.h(b) <= layout.y(a);
                    assertThat(apart).as("%d and %d overlap", a, b).isTrue();
                }
            }
        }
        // Producers (2), database, crowd, 5 phones, plus fan-out and 5 caches unless pure pull.
        assertThat(present).isEqualTo(model == Model.PULL ? 9 : 15);
        if (layout.legendLines() > 0) {
            for (int p = 0; p < 2; p++) {
                assertThat(layout.y(Anchors.producer(p)) + layout.h(Anchors.producer(p)))
                        .isLessThanOrEqualTo(layout.legendY());
            }
            assertThat(layout.legendY() + layout.legendH()).isLessThanOrEqualTo(h);
        }
    }

    @ParameterizedTest
    @CsvSource({"PUSH", "HYBRID"})
    void theQueueSitsInsideTheFanoutServiceBelowItsTitle(Model model) {
        StageLayout layout = new StageLayout();
        layout.compute(900, 360, FakeReplay.scene(model, 5));
        int f = Anchors.FANOUT;
        assertThat(layout.queueY()).isGreaterThan(layout.y(f) + layout.fontSize() * 2);
        assertThat(layout.queueY() + layout.queueH() + layout.fontSize()).isLessThanOrEqualTo(layout.y(f) + layout.h(f));
        assertThat(layout.queueX()).isGreaterThan(layout.x(f));
        assertThat(layout.queueX() + layout.queueW()).isLessThan(layout.x(f) + layout.w(f));
    }

    @ParameterizedTest
    @CsvSource({"PUSH", "PULL", "HYBRID"})
    void hitFindsTheComponentUnderThePointerAndNothingBetweenThem(Model model) {
        StageLayout layout = new StageLayout();
        layout.compute(1000, 500, FakeReplay.scene(model, 3));
        int db = Anchors.DATABASE;
        assertThat(layout.hit(layout.centerX(db), layout.centerY(db))).isEqualTo(db);
        int phone = Anchors.phone(2);
        assertThat(layout.hit(layout.centerX(phone), layout.centerY(phone))).isEqualTo(phone);
        assertThat(layout.hit(1, 1)).isEqualTo(Anchors.NONE);
    }

    @ParameterizedTest
    @CsvSource({"PUSH", "HYBRID"})
    void tokensLeaveThroughTheFacingEdge(Model model) {
        StageLayout layout = new StageLayout();
        layout.compute(1000, 500, FakeReplay.scene(model, 3));
        int f = Anchors.FANOUT;
        int c = Anchors.cache(1);
        assertThat(layout.portX(f, c)).isEqualTo(layout.x(f) + layout.w(f));
        assertThat(layout.portX(c, f)).isEqualTo(layout.x(c));
        // Fan-out over database: same column, so the path runs bottom edge to top edge.
        assertThat(layout.portY(f, Anchors.DATABASE)).isEqualTo(layout.y(f) + layout.h(f));
        assertThat(layout.portY(Anchors.DATABASE, f)).isEqualTo(layout.y(Anchors.DATABASE));
    }
}
