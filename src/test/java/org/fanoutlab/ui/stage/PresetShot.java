package org.fanoutlab.ui.stage;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Throwaway, for looking: opens the stage on a preset file and plays it. Args: file, speed, [reduced],
 * [WIDTHxHEIGHT]. Run under {@code screenshot.sh} through {@link Main} (a launcher outside the Application subclass).
 */
public final class PresetShot extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        var raw = getParameters().getRaw();
        StageViewModel vm = StageViewModel.forPreset(Path.of(raw.get(0)));
        double w = 1280;
        double h = 720;
        for (String a : raw) {
            if (a.matches("\\d+x\\d+")) {
                w = Double.parseDouble(a.split("x")[0]);
                h = Double.parseDouble(a.split("x")[1]);
            }
        }
        vm.setReducedMotion(raw.contains("reduced"));
        StageView view = new StageView(vm);
        if (raw.contains("dark")) {
            // The theme reaches the canvas through CSS, as in the app.
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        } else {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        }
        stage.setScene(new Scene(view, w, h));
        stage.show();
        if (raw.size() > 1) {
            vm.setSpeed(Double.parseDouble(raw.get(1)));
        }
        vm.play();
        for (String a : raw) {
            if (a.startsWith("pauseAt=")) {
                double at = Double.parseDouble(a.substring(8));
                new javafx.animation.AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (vm.getSimSeconds() >= at) {
                            vm.pause();
                            stop();
                        }
                    }
                }.start();
            }
        }
    }

    public static final class Main {
        public static void main(String[] args) {
            Application.launch(PresetShot.class, args);
        }
    }
}
