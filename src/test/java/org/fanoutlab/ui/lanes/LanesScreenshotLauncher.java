package org.fanoutlab.ui.lanes;

import javafx.application.Application;

/** Plain main for {@link LanesScreenshotMain}: a main class extending Application needs JavaFX as modules. */
public final class LanesScreenshotLauncher {
    private LanesScreenshotLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(LanesScreenshotMain.class, args);
    }
}
