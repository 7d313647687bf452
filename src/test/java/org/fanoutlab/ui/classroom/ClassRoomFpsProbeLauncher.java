package org.fanoutlab.ui.classroom;

/** Starts {@link ClassRoomFpsProbe} from a plain main (the classpath launch refuses an Application main class). */
public final class ClassRoomFpsProbeLauncher {
    private ClassRoomFpsProbeLauncher() {
    }

    public static void main(String[] args) {
        ClassRoomFpsProbe.main(args);
    }
}
