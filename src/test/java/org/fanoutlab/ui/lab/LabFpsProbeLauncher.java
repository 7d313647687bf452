package org.fanoutlab.ui.lab;

/** Starts {@link LabFpsProbe} from a plain main (the classpath launch refuses an Application main class). */
public final class LabFpsProbeLauncher {
    private LabFpsProbeLauncher() {
    }

    public static void main(String[] args) {
        LabFpsProbe.main(args);
    }
}
