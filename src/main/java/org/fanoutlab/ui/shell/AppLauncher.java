package org.fanoutlab.ui.shell;

import javafx.application.Application;
import org.fanoutlab.cli.LaunchOptions;

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
        System.err.println("fanout-lab --fps-probe: not available yet in this build");
        return 2;
    }
}
