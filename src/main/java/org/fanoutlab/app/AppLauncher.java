package org.fanoutlab.app;

import javafx.application.Application;
import org.fanoutlab.ui.stage.FpsProbeApp;

/** The one door from the command line into the UI: starts the toolkit and blocks until the window closes. */
public final class AppLauncher {
    private AppLauncher() {
    }

    /** @return the process exit code */
    public static int launch(LaunchOptions options) {
        FanoutLabApp.setLaunchOptions(options);
        Application.launch(FanoutLabApp.class);
        return 0;
    }

    /** @return the process exit code */
    public static int fpsProbe(int tokens) {
        Application.launch(FpsProbeApp.class, Integer.toString(tokens));
        return 0;
    }
}
