package org.fanoutlab.ui.lab;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.quiz.CheckpointOverlay;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.live.LabViewModel;
import org.fanoutlab.ui.lab.live.StageRun;
import org.fanoutlab.ui.stage.StageView;
import org.fanoutlab.ui.stage.StageViewModel;

/**
 * The stage of the current run; a new scenario (preset, file, seed) brings a new stage. While the next one is
 * being built, a busy panel with Cancel lies over the stage, which keeps running until the new one is ready.
 */
final class StageArea extends StackPane {
    private final StackPane stageSlot = new StackPane();
    private final StageRun stageRun;
    /** The checkpoints of the lesson that opened this preset, laid over every stage of its run; null for none. */
    private LabGuide wanted;
    private CheckpointGuide<?> guide;
    /** Where the cards show: over the stage and the figures under it (a long question needs the room). */
    private CheckpointOverlay cards;

    StageArea(StageRun stageRun, LabViewModel vm) {
        this.stageRun = stageRun;
        getStyleClass().add(LabStyles.STAGE_AREA.css());
        setMinHeight(160);
        show(stageRun.stageProperty().get());
        stageRun.stageProperty().addListener((o, a, b) -> show(b));
        getChildren().addAll(LabScreen.scrolling(stageSlot), busyPanel(vm));
    }

    private static VBox busyPanel(LabViewModel vm) {
        ProgressIndicator spinner = new ProgressIndicator();
        Label what = new Label();
        what.textProperty().bind(vm.busyTextProperty());
        what.setWrapText(true);
        Button cancel = new Button(Messages.get("lab.busy.cancel"));
        cancel.setId("cancel-opening");
        cancel.setOnAction(e -> vm.cancelOpening());
        VBox panel = new VBox(10, spinner, what, cancel);
        panel.setId("lab-busy");
        panel.getStyleClass().add(LabStyles.BUSY.css());
        panel.setAlignment(Pos.CENTER);
        panel.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        panel.visibleProperty().bind(vm.busyProperty());
        return panel;
    }

    /**
     * A lesson's checkpoints over the run from now on (its stage pauses at them and shows their cards), or none;
     * the stage being shown gets them at once.
     */
    void setGuide(LabGuide g) {
        wanted = g;
        show(stageRun.stageProperty().get());
    }

    /** Shows the guides' cards on {@code layer} from now on. */
    void setCards(CheckpointOverlay layer) {
        cards = layer;
        show(stageRun.stageProperty().get());
    }

    /** The guide over the stage being shown, or null. */
    CheckpointGuide<?> guide() {
        return guide;
    }

    private void show(StageViewModel stage) {
        dropGuide();
        if (stage == null) {
            stageSlot.getChildren().clear();
            return;
        }
        StageView view = new StageView(stage);
        view.setId("lab-stage");
        if (wanted == null || stage.disposedProperty().get()) {
            stageSlot.getChildren().setAll(view);
            return;
        }
        guide = stage.guide(wanted.checkpoints());
        if (cards != null) {
            cards.setGuide(guide, wanted.panels(), c -> StageView.cardCorner(c.focus()));
        }
        VBox.setVgrow(view, Priority.ALWAYS);
        stageSlot.getChildren().setAll(new VBox(wanted.bar(guide), view));
    }

    private void dropGuide() {
        if (guide != null) {
            guide.detach();
            guide = null;
        }
        if (cards != null) {
            cards.setGuide(null, null, null);
        }
    }
}
