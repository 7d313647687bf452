package org.fanoutlab.ui.stage;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.ui.common.Messages;

/**
 * {@code --fps-probe N}: shows the stage running a hybrid scenario with N tokens kept in flight for about ten
 * seconds, measures frame times from an animation timer, prints {@code fps=<median> p95FrameMs=<value>} on
 * one line and exits 0. The first second is warm-up (JIT, first layout) and is not counted.
 */
public final class FpsProbeApp extends Application {
    static final long WARM_UP_NANOS = 1_000_000_000L;
    static final long MEASURE_NANOS = 9_000_000_000L;
    static final int DEFAULT_TOKENS = 2000;

    @Override
    public void start(Stage stage) {
        int n = tokens(getParameters().getRaw());
        run(stage, new StageViewModel(probeScenario()), n);
    }

    static int tokens(List<String> raw) {
        for (String s : raw) {
            try {
                return Math.max(0, Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                // not the count (a flag passed through); keep looking
            }
        }
        return DEFAULT_TOKENS;
    }

    /**
     * A push/pull mix with a celebrity, so that every kind of component and token is on screen. Sized so the
     * engine stays a minor load at the probe's speed: the probe measures drawing, not simulating.
     */
    static Scenario probeScenario() {
        return new Scenario(Messages.get("stage.probe.name"), "", Model.HYBRID, 3600, 7, 100_000,
                List.of(new Producer("regular", 300, 120, Schedule.POISSON),
                        new Producer("celebrity", 100_000, 12, Schedule.POISSON)),
                30, 50_000, 100_000, 800);
    }

    /** Shows {@code vm} in {@code stage}, keeps {@code n} tokens flying, measures, prints, exits. */
    static void run(Stage stage, StageViewModel vm, int n) {
        StageView view = new StageView(vm);
        stage.setTitle(Messages.format("stage.probe.title", n));
        stage.setScene(new Scene(view, 1280, 720));
        stage.show();
        vm.setSpeed(20);
        vm.play();
        FrameStats stats = new FrameStats();
        new AnimationTimer() {
            private long first = -1;

            @Override
            public void handle(long now) {
                vm.keepTokensInFlight(n);
                if (first < 0) {
                    first = now;
                }
                if (now - first < WARM_UP_NANOS) {
                    return;
                }
                stats.frame(now);
                if (now - first >= WARM_UP_NANOS + MEASURE_NANOS) {
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
