package org.fanoutlab.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuideViewModelTest {
    private final List<String> opened = new ArrayList<>();
    private GuideViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new GuideViewModel(Set.of("celebrity-hybrid", "regular-push"), opened::add);
    }

    private void answer(Freshness f, FanOut o, Pace p, ChangeRate c) {
        vm.setFreshness(f);
        vm.setFanOut(o);
        vm.setPace(p);
        vm.setChangeRate(c);
    }

    @Test
    void thereIsNoAnswerUntilAllFourQuestionsAreAnswered() {
        vm.setFreshness(Freshness.SUB_SECOND);
        vm.setFanOut(FanOut.SOME_MILLIONS);
        vm.setPace(Pace.KEEPS_UP);
        assertThat(vm.recommendationProperty().get()).isNull();
        assertThat(vm.canOpenPresetProperty().get()).isFalse();
        vm.openMatchingPreset();
        assertThat(opened).isEmpty();
        vm.setChangeRate(ChangeRate.OFTEN);
        assertThat(vm.recommendationProperty().get().approach()).isEqualTo(Approach.HYBRID);
    }

    @Test
    void openMatchingPresetAsksTheNavigatorForTheLab() {
        answer(Freshness.SUB_SECOND, FanOut.SOME_MILLIONS, Pace.KEEPS_UP, ChangeRate.OFTEN);
        assertThat(vm.canOpenPresetProperty().get()).isTrue();
        vm.openMatchingPreset();
        assertThat(opened).containsExactly("celebrity-hybrid");
    }

    @Test
    void aPresetThatIsNotInstalledCannotBeOpened() {
        answer(Freshness.MINUTES_TO_HOURS, FanOut.FEW, Pace.KEEPS_UP, ChangeRate.RARELY);
        assertThat(vm.recommendationProperty().get().preset()).isEqualTo("regular-pull");
        assertThat(vm.canOpenPresetProperty().get()).isFalse();
        vm.openMatchingPreset();
        assertThat(opened).isEmpty();
    }

    @Test
    void changingOneAnswerChangesTheRecommendation() {
        answer(Freshness.SUB_SECOND, FanOut.FEW, Pace.KEEPS_UP, ChangeRate.OFTEN);
        assertThat(vm.recommendationProperty().get().approach()).isEqualTo(Approach.PUSH);
        vm.setPace(Pace.UNEVEN);
        assertThat(vm.recommendationProperty().get().approach()).isEqualTo(Approach.QUEUE_BACKED_PULL);
        vm.clear();
        assertThat(vm.recommendationProperty().get()).isNull();
        assertThat(vm.paceProperty().get()).isNull();
    }
}
