package org.fanoutlab.ui.lab;

import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.quiz.CheckpointOverlay;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.PresenterAction;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lanes.LanesView;
import org.fanoutlab.ui.lanes.LanesViewModel;

/**
 * The delivery-lanes tab: the current scenario's lanes on their own run, or a hint where to find some. The lanes'
 * run is built on {@code background} (tens of milliseconds, more on a cold start) and shown through {@code ui}.
 */
final class LanesTab extends Tab {
    private final Executor background;
    private final Executor ui;
    private LanesView lanesView;
    private CheckpointGuide<?> guide;
    private CheckpointOverlay overlay;
    private long ticket;
    private Double pendingAt;
    /** Whether the lanes play on from {@link #pendingAt} once shown. */
    private boolean playAfter;
    private double speedAfter;

    LanesTab(Executor background, Executor ui) {
        super(Messages.get("lab.tab.lanes"));
        this.background = background;
        this.ui = ui;
        setId("lanes-tab");
    }

    /**
     * Puts {@code sc}'s delivery lanes in the tab (a new lanes run), or says how to get some.
     *
     * @return whether the scenario has lanes
     */
    boolean show(Scenario sc) {
        return show(sc, null);
    }

    /**
     * As {@link #show(Scenario)}, with a lesson's checkpoints over the lanes' run (null for none).
     *
     * @return whether the scenario has lanes
     */
    boolean show(Scenario sc, LabGuide wanted) {
        dispose();
        pendingAt = null;
        long mine = ++ticket;
        boolean hasLanes = sc != null && !sc.lanes().isEmpty();
        setContent(hint(hasLanes ? "lab.lanes.building" : "lab.lanes.none"));
        if (hasLanes) {
            background.execute(() -> {
                LanesViewModel vm;
                try {
                    vm = LanesViewModel.forScenario(sc);
                } catch (RuntimeException e) {
                    String why = Messages.format("lab.lanes.failed", String.valueOf(e.getMessage()));
                    ui.execute(() -> {
                        if (mine == ticket) {
                            setContent(text(why));
                        }
                    });
                    return;
                }
                ui.execute(() -> {
                    if (mine != ticket) {
                        vm.dispose();
                        return;
                    }
                    lanesView = new LanesView(vm);
                    lanesView.setId("lab-lanes");
                    if (wanted == null) {
                        setContent(lanesView);
                    } else {
                        guide = vm.guide(wanted.checkpoints());
                        overlay = new CheckpointOverlay(lanesView, guide, wanted.panels(), c -> Pos.BOTTOM_RIGHT);
                        VBox.setVgrow(overlay, Priority.ALWAYS);
                        setContent(new VBox(wanted.bar(guide), overlay));
                    }
                    if (pendingAt != null) {
                        if (speedAfter > 0) {
                            vm.setSpeed(speedAfter);
                        }
                        vm.pause();
                        vm.seek(pendingAt);
                        pendingAt = null;
                        if (playAfter) {
                            vm.play();
                        }
                    }
                });
            });
        }
        return hasLanes;
    }

    private static StackPane hint(String key) {
        return text(Messages.get(key));
    }

    private static StackPane text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(620);
        l.getStyleClass().add(LabStyles.HINT.css());
        return new StackPane(l);
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

    /** Pauses the lanes at {@code seconds}, now or, while they are being built, as soon as they are shown. */
    void pauseAt(double seconds) {
        resumeAt(seconds, false, 0);
    }

    /**
     * As {@link #pauseAt}, then plays on from there when {@code play} (a Lab rebuilt in another language), at
     * {@code speed} simulated seconds per second when it is above 0.
     */
    void resumeAt(double seconds, boolean play, double speed) {
        playAfter = play;
        speedAfter = speed;
        if (lanesView != null) {
            if (speed > 0) {
                lanesView.viewModel().setSpeed(speed);
            }
            lanesView.viewModel().pause();
            lanesView.viewModel().seek(seconds);
            if (play) {
                lanesView.viewModel().play();
            }
        } else {
            pendingAt = seconds;
        }
    }

    /** The lanes on show, or null while they are being built or when the scenario has none. */
    LanesViewModel lanes() {
        return lanesView == null ? null : lanesView.viewModel();
    }

    void focusLanes() {
        if (lanesView != null) {
            lanesView.focusLanes();
        }
    }

    /** The guide over the lanes, or null. */
    CheckpointGuide<?> guide() {
        return guide;
    }

    void dispose() {
        ticket++;
        if (guide != null) {
            guide.detach();
            guide = null;
        }
        if (overlay != null) {
            overlay.dispose();
            overlay = null;
        }
        if (lanesView != null) {
            lanesView.dispose();
            lanesView = null;
        }
    }
}
