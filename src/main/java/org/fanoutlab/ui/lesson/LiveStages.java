package org.fanoutlab.ui.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.lanes.LanesView;
import org.fanoutlab.ui.lanes.LanesViewModel;
import org.fanoutlab.ui.stage.StageView;
import org.fanoutlab.ui.stage.StageViewModel;

/**
 * The one place that decides what a lesson's lab card shows live: the animated fan-out stage of {@code ui/stage},
 * or, for a preset with delivery lanes, the lanes view of {@code ui/lanes} with its table and live controls.
 */
final class LiveStages implements InlineStage.Factory {

    @Override
    public boolean tall(Path presetFile) {
        try {
            return !ScenarioReader.read(presetFile).lanes().isEmpty();
        } catch (Exception e) {
            return false; // an unreadable preset: the card says why when the stage is made
        }
    }

    @Override
    public InlineStage create(Path presetFile) throws Exception {
        Scenario scenario = ScenarioReader.read(presetFile);
        if (!scenario.lanes().isEmpty()) {
            LanesView view = new LanesView(LanesViewModel.forScenario(scenario), true);
            // stops its frame loop and the engine worker
            return new Live(view, view::dispose, list -> view.viewModel().guide(list), c -> Pos.BOTTOM_RIGHT);
        }
        StageViewModel vm = StageViewModel.forPreset(presetFile);
        // The view stops its frame timer once its view-model is disposed.
        return new Live(new StageView(vm), vm::dispose, vm::guide, c -> StageView.cardCorner(c.focus()));
    }

    private record Live(Node view, Runnable stop, Function<List<Checkpoint>, CheckpointGuide<?>> guides,
            Function<Checkpoint, Pos> corners) implements InlineStage {
        @Override
        public void dispose() {
            stop.run();
        }

        @Override
        public CheckpointGuide<?> guide(List<Checkpoint> checkpoints) {
            return guides.apply(checkpoints);
        }

        @Override
        public Pos corner(Checkpoint checkpoint) {
            return corners.apply(checkpoint);
        }
    }
}
