package org.fanoutlab.ui.lab;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.Navigator;
import org.fanoutlab.ui.lab.controls.LogControlView;

/**
 * Measures the lab on a big preset: frame times of the whole window (stage animating, figures and charts
 * updating), how often the figures change, first while nobody touches anything, then while a slider is
 * dragged back and forth every frame. Run under a display (docs/bench-lab.md has the command). Not a test.
 *
 * <p>System properties: {@code preset} (default celebrity-hybrid), {@code speed} (stage speed, default the
 * stage's own), {@code seconds} per phase (default 5), {@code charts=false} to hide figures and charts, {@code pause=true} to hold the stage still,
 * {@code width}/{@code height} of the window (default 1580 x 960).
 */
public final class LabFpsProbe extends Application {
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private LabScreen lab;
    private long start = -1;
    /** Set once the preset's own run is on screen: the warm-up and the phases start then, not while it is built. */
    private volatile boolean opened;
    private long phaseNanos;
    private final long[][] frames = {new long[8192], new long[8192]};
    private final int[] frameCount = new int[2];
    private final int[] metricUpdates = new int[2];
    private int phase = -1;
    private long last = -1;
    private Slider slider;
    private final long[][] cpuAtStart = new long[2][];
    private final long[][] cpuAtEnd = new long[2][];
    private static final String[] THREADS = {"JavaFX Application Thread", "QuantumRenderer-0", "fanout-simulation"};

    /** CPU time of the FX thread, the render thread and the engine thread: contention-proof, unlike fps. */
    private static long[] threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] out = new long[THREADS.length];
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            for (int i = 0; i < THREADS.length; i++) {
                if (t.getName().equals(THREADS[i])) {
                    out[i] += Math.max(0, mx.getThreadCpuTime(t.getId()));
                }
            }
        }
        return out;
    }

    public static void main(String[] args) {
        Application.launch(LabFpsProbe.class, args);
    }

    @Override
    public void start(Stage window) {
        // the app's theme: its colours are what the lab's and the stage's style sheets look up
        setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        String preset = System.getProperty("preset", "celebrity-hybrid");
        phaseNanos = Long.getLong("seconds", 5) * 1_000_000_000L;
        Navigator nav = new Navigator() {
            public void openLesson(String id) {
            }

            public void openLab(String p) {
            }

            public void openQuizReview() {
            }

            public void openGuide() {
            }

            public void status(String m) {
            }
        };
        lab = new LabScreen(new AppContext(new Course(List.of(), List.of(), Path.of("lessons/scenarios")), null, null,
                Path.of(System.getProperty("java.io.tmpdir")), nav));
        // the preset is built in the background; its stage gets the probe's settings once it is on screen
        lab.viewModel().busyProperty().addListener((o, was, busy) -> {
            if (!busy && preset.equals(lab.viewModel().sourceProperty().get())) {
                opened = true;
                String speed = System.getProperty("speed");
                if (speed != null) {
                    lab.stage().setSpeed(Double.parseDouble(speed));
                }
                if (Boolean.getBoolean("pause")) {
                    // stage still: what is left on the render thread is the lab's own figures and charts
                    lab.stage().pause();
                }
            }
        });
        lab.openPreset(preset);
        window.setScene(new Scene((Parent) lab.view(), Integer.getInteger("width", 1580),
                Integer.getInteger("height", 960)));
        window.show();
        slider = ((LogControlView) window.getScene().lookup("#poll-interval")).slider();
        if (!Boolean.parseBoolean(System.getProperty("charts", "true"))) {
            // the "Figures and charts" toggle: stage alone, to see what the figures and charts cost
            ((javafx.scene.control.ToggleButton) window.getScene().lookup("#toggle-charts")).fire();
        }
        lab.viewModel().figures().metricsProperty().addListener((o, a, b) -> {
            if (phase >= 0 && phase < 2) {
                metricUpdates[phase]++;
            }
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now, this);
            }
        }.start();
    }

    private void frame(long now, AnimationTimer timer) {
        if (!opened) {
            return;
        }
        if (start < 0) {
            start = now;
        }
        long t = now - start - WARM_UP_NANOS;
        int p = t < 0 ? -1 : (int) (t / phaseNanos);
        if (p != phase) {
            last = -1;
            if (p >= 0 && p < 2) {
                cpuAtStart[p] = threadCpu();
            }
            if (phase >= 0 && phase < 2) {
                cpuAtEnd[phase] = threadCpu();
            }
            phase = p;
        }
        if (phase >= 2) {
            timer.stop();
            report();
            return;
        }
        if (phase < 0) {
            return;
        }
        if (last >= 0 && frameCount[phase] < frames[phase].length) {
            frames[phase][frameCount[phase]++] = now - last;
        }
        last = now;
        if (phase == 1) {
            // a drag: the thumb moves a little every frame, back and forth across the whole range
            double x = (t % 2_000_000_000L) / 1e9;
            slider.setValue(x < 1 ? x : 2 - x);
        }
    }

    private void report() {
        String[] names = {"idle", "dragging poll slider"};
        double seconds = phaseNanos / 1e9;
        for (int i = 0; i < 2; i++) {
            long[] f = Arrays.copyOf(frames[i], frameCount[i]);
            Arrays.sort(f);
            double median = f.length == 0 ? 0 : f[f.length / 2] / 1e6;
            double p95 = f.length == 0 ? 0 : f[Math.min(f.length - 1, (int) Math.ceil(0.95 * f.length) - 1)] / 1e6;
            double max = f.length == 0 ? 0 : f[f.length - 1] / 1e6;
            System.out.printf(Locale.ROOT, "%s: fps=%.1f p95FrameMs=%.1f maxFrameMs=%.1f frames=%d "
                            + "metricUpdatesPerSecond=%.1f%n", names[i], 1000 / median, p95, max, f.length,
                    metricUpdates[i] / seconds);
            StringBuilder cpu = new StringBuilder("  cpu ms per wall second:");
            for (int k = 0; k < THREADS.length; k++) {
                cpu.append(String.format(Locale.ROOT, " %s=%.0f", THREADS[k],
                        (cpuAtEnd[i][k] - cpuAtStart[i][k]) / 1e6 / seconds));
            }
            System.out.println(cpu);
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "batches of live changes sent to the engine while dragging: %d (%.1f/s)%n",
                lab.batchesSent(), lab.batchesSent() / seconds);
        lab.dispose();
        Platform.exit();
    }
}
