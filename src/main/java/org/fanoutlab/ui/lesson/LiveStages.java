package org.fanoutlab.ui.lesson;

import java.nio.file.Path;
import javafx.scene.Node;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.ui.stage.StageView;
import org.fanoutlab.ui.stage.StageViewModel;

/**
 * The animated stage of {@code ui/stage} inside a lesson's lab card. Presets with delivery lanes are left to
 * the Lab: their view (lanes, table and live controls) needs the whole screen.
 */
final class LiveStages implements InlineStage.Factory {

    @Override
    public InlineStage create(Path presetFile) throws Exception {
        StageViewModel vm = StageViewModel.forPreset(presetFile);
        StageView view = new StageView(vm);
        return new InlineStage() {
            @Override
            public Node view() {
                return view;
            }

            @Override
            public void dispose() {
                vm.dispose(); // the view stops its frame timer once its view-model is disposed
            }
        };
    }

    @Override
    public boolean shows(Path presetFile) {
        try {
            return ScenarioReader.read(presetFile).lanes().isEmpty();
        } catch (Exception e) {
            return true; // an unreadable preset: the card says why when the stage is made
        }
    }
}
