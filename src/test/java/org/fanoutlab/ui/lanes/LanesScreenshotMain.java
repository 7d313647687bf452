package org.fanoutlab.ui.lanes;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Throwaway test-scope entry point for looking at the lanes view under Xvfb:
 * {@code java -Dlanes.preset=lanes-all -Dlanes.speed=200 -Dlanes.dark=false … LanesScreenshotMain}.
 */
public final class LanesScreenshotMain extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        boolean dark = Boolean.getBoolean("lanes.dark");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        String preset = System.getProperty("lanes.preset", "lanes-all");
        LanesViewModel vm = LanesViewModel.forPreset(Path.of("lessons", "scenarios", preset + ".json"));
        vm.setSpeed(Double.parseDouble(System.getProperty("lanes.speed", "200")));
        LanesView view = new LanesView(vm);
        stage.setScene(new Scene(view, Integer.getInteger("lanes.width", 1500), Integer.getInteger("lanes.height", 940)));
        stage.setTitle("Fanout Lab — lanes");
        stage.show();
        vm.play();
    }

}
