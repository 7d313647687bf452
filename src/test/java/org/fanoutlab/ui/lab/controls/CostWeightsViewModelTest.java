package org.fanoutlab.ui.lab.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanoutlab.engine.CostModel;
import org.junit.jupiter.api.Test;

class CostWeightsViewModelTest {
    private final CostWeightsViewModel vm = new CostWeightsViewModel();

    @Test
    void startsAtTheEnginesDefaultsAndShowsThem() {
        assertThat(vm.weightsProperty().get()).isEqualTo(CostModel.DEFAULT);
        assertThat(vm.textProperty(CostWeightsViewModel.Weight.CACHE_WRITE).get()).isEqualTo("1");
        assertThat(vm.textProperty(CostWeightsViewModel.Weight.READ_QUERY).get()).isEqualTo("2");
        assertThat(vm.textProperty(CostWeightsViewModel.Weight.CACHE_READ).get()).isEqualTo("1");
    }

    @Test
    void eachFieldSetsItsOwnWeight() {
        vm.type(CostWeightsViewModel.Weight.CACHE_READ, "0.5");
        vm.type(CostWeightsViewModel.Weight.READ_QUERY, " 10 ");
        vm.type(CostWeightsViewModel.Weight.CACHE_WRITE, "1.5k");
        assertThat(vm.weightsProperty().get()).isEqualTo(new CostModel(1_500, 10, 0.5));
        assertThat(vm.textProperty(CostWeightsViewModel.Weight.READ_QUERY).get()).isEqualTo("10");
        vm.reset();
        assertThat(vm.weightsProperty().get()).isEqualTo(CostModel.DEFAULT);
        assertThat(vm.textProperty(CostWeightsViewModel.Weight.CACHE_WRITE).get()).isEqualTo("1");
    }

    @Test
    void textThatIsNotAWeightIsAMessageAndKeepsTheWeights() {
        vm.type(CostWeightsViewModel.Weight.READ_QUERY, "dear");
        assertThat(vm.errorProperty().get()).startsWith("Cost of a read query:").contains("not a number");
        vm.type(CostWeightsViewModel.Weight.CACHE_WRITE, "-1");
        assertThat(vm.errorProperty().get()).startsWith("Cost of a cache write:");
        assertThat(vm.weightsProperty().get()).isEqualTo(CostModel.DEFAULT);
        vm.type(CostWeightsViewModel.Weight.CACHE_WRITE, "3");
        assertThat(vm.errorProperty().get()).isNull();
    }
}
