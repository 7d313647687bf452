package org.fanoutlab.ui.stage;

import javafx.application.Application;
import javafx.stage.Stage;
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.Model;

/**
 * Throwaway, for looking and measuring before the engine landed: the fps probe and screenshots driven by a
 * scripted source. Args: N tokens (0 = only scripted events), model (push|pull|hybrid), reduced (optional).
 */
public final class FakeProbeApp extends Application {
    @Override
    public void start(Stage stage) {
        var raw = getParameters().getRaw();
        int n = FpsProbeApp.tokens(raw.subList(0, 1));
        Model model = raw.size() > 1 ? Model.fromId(raw.get(1)) : Model.HYBRID;
        FakeReplay src = new FakeReplay(FakeReplay.scene(model, 5));
        for (int k = 0; k < 2000; k++) {
            double t = k * 0.3;
            int w = k % 5;
            src.add(EventKind.CHECK_SENT, t, -1, w, model == Model.PUSH ? 0 : 1);
            if (model == Model.HYBRID && k % 3 == 0) {
                src.add(EventKind.MERGE_AT_READ, t, 1, w, 1);
            }
            src.add(k % 4 == 0 ? EventKind.CHECK_USEFUL : EventKind.CHECK_EMPTY, t, -1, w, 1);
            if (k % 10 == 0) {
                int p = (k / 10) % 2;
                src.add(EventKind.POST_MADE, t + 0.1, p, -1, 1);
                if (model != Model.PULL && !(model == Model.HYBRID && p == 1)) {
                    src.add(EventKind.WRITES_QUEUED, t + 0.1, p, -1, 1);
                    for (int i = 0; i < 5; i++) {
                        src.add(EventKind.WRITE_DONE, t + 0.1 + i * 0.05, p, i, 0);
                    }
                }
            }
        }
        StageViewModel vm = new StageViewModel(new org.fanoutlab.playback.Playback<>(() -> src,
                org.fanoutlab.playback.EventBuffer::new, null, org.fanoutlab.playback.SnapshotBudget.defaults()));
        if (raw.contains("reduced")) {
            vm.setReducedMotion(true);
        }
        if (n == 0) {
            StageView view = new StageView(vm);
            stage.setScene(new javafx.scene.Scene(view, 1280, 720));
            stage.show();
            vm.setSpeed(2);
            vm.play();
        } else {
            FpsProbeApp.run(stage, vm, n);
        }
    }
}
