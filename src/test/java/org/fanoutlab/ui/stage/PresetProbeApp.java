package org.fanoutlab.ui.stage;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fanoutlab.ui.lanes.LanesView;
import org.fanoutlab.ui.lanes.LanesViewModel;

/**
 * Throwaway, for measuring (docs/bench-stage.md, "Frame rate on presets"): the fps probe on a preset of
 * lessons/scenarios instead of the built-in scenario. Args: {@code NAME [TOKENS] [SPEED]}. A preset with delivery
 * lanes is shown in the lanes view (its own canvas), any other on the stage with TOKENS decorative tokens kept in
 * flight (default 0: only the run's own). Prints the probe's line and exits, like {@code --fps-probe}.
 */
public final class PresetProbeApp extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> raw = getParameters().getRaw();
        Path file = Path.of("lessons", "scenarios", raw.get(0) + ".json");
        int tokens = raw.size() > 1 ? Integer.parseInt(raw.get(1)) : 0;
        double speed = raw.size() > 2 ? Double.parseDouble(raw.get(2)) : 20;
        LanesViewModel lanes;
        try {
            lanes = LanesViewModel.forPreset(file);
        } catch (RuntimeException notLanes) {
            lanes = null;
        }
        if (lanes == null) {
            StageViewModel vm = StageViewModel.forPreset(file);
            FpsProbeApp.run(stage, vm, tokens);
            vm.setSpeed(speed);
            return;
        }
        LanesViewModel vm = lanes;
        stage.setTitle("Fanout Lab — lanes fps probe");
        stage.setScene(new Scene(new LanesView(vm), 1280, 720));
        stage.show();
        vm.setSpeed(speed);
        vm.play();
        FrameStats stats = new FrameStats();
        new AnimationTimer() {
            private long first = -1;

            @Override
            public void handle(long now) {
                if (first < 0) {
                    first = now;
                }
                if (now - first < FpsProbeApp.WARM_UP_NANOS) {
                    return;
                }
                stats.frame(now);
                if (now - first >= FpsProbeApp.WARM_UP_NANOS + FpsProbeApp.MEASURE_NANOS) {
                    stop();
                    System.out.println(stats.line());
                    System.out.flush();
                    vm.dispose();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }
}
