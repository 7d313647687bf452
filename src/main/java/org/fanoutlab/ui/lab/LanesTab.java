package org.fanoutlab.ui.lab;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.PresenterAction;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lanes.LanesView;
import org.fanoutlab.ui.lanes.LanesViewModel;

/** The delivery-lanes tab: the current scenario's lanes on their own run, or a hint where to find some. */
final class LanesTab extends Tab {
    private LanesView lanesView;

    LanesTab() {
        super(Messages.get("lab.tab.lanes"));
        setId("lanes-tab");
    }

    /**
     * Puts {@code sc}'s delivery lanes in the tab (a new lanes run), or says how to get some.
     *
     * @return whether the scenario has lanes
     */
    boolean show(Scenario sc) {
        dispose();
        if (sc == null || sc.lanes().isEmpty()) {
            Label none = new Label(Messages.get("lab.lanes.none"));
            none.setWrapText(true);
            none.setMaxWidth(620);
            none.getStyleClass().add(LabStyles.HINT);
            setContent(new StackPane(none));
            return false;
        }
        lanesView = new LanesView(LanesViewModel.forScenario(sc));
        lanesView.setId("lab-lanes");
        setContent(lanesView);
        return true;
    }

    /** A presenter's clicker acts on the lanes when they are on screen; false when there are none. */
    boolean remote(PresenterAction action) {
        if (lanesView == null) {
            return false;
        }
        LanesViewModel lanes = lanesView.viewModel();
        switch (action) {
            case STEP -> lanes.step();
            case PLAY_PAUSE -> lanes.togglePlay();
            case PAUSE -> lanes.pause();
            default -> throw new IllegalArgumentException(action.name());
        }
        return true;
    }

    void dispose() {
        if (lanesView != null) {
            lanesView.dispose();
            lanesView = null;
        }
    }
}
