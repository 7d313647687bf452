package org.fanoutlab.ui.stage;

import javafx.application.Application;

/**
 * Throwaway launcher for measuring (a main outside an Application subclass, so the classpath launcher does not
 * refuse it). {@code real N}: exactly what {@code --fps-probe N} runs; {@code preset NAME [N] [SPEED]}: the same
 * on a preset ({@link PresetProbeApp}, the lanes view for a lanes preset); {@code N MODEL}: the scripted
 * {@link FakeProbeApp}. Also prints, to stderr, each busy thread's CPU use between 3 s and 9 s: a figure that
 * other processes' load disturbs less than frame times do.
 */
public final class StageProbeMain {
    private StageProbeMain() {
    }

    /** Prints each busy thread's CPU milliseconds per wall second between 3 s and 9 s, to stderr. */
    static void sampleCpu() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        try {
            Thread.sleep(3000);
            java.util.Map<Long, Long> before = new java.util.HashMap<>();
            for (long id : mx.getAllThreadIds()) {
                before.put(id, mx.getThreadCpuTime(id));
            }
            long[] gaps = new long[2000];
            int[] n = new int[1];
            javafx.application.Platform.runLater(() -> new javafx.animation.AnimationTimer() {
                private long last = -1;

                @Override
                public void handle(long now) {
                    if (last > 0 && n[0] < gaps.length) {
                        gaps[n[0]++] = now - last;
                    }
                    last = now;
                }
            }.start());
            Thread.sleep(6000);
            long[] sorted = java.util.Arrays.copyOf(gaps, n[0]);
            java.util.Arrays.sort(sorted);
            if (sorted.length > 0) {
                StringBuilder b = new StringBuilder("frame ms:");
                for (double q : new double[] {0.5, 0.75, 0.9, 0.95, 0.99, 1.0}) {
                    b.append(String.format(" p%.0f=%.1f", q * 100, sorted[(int) Math.min(sorted.length - 1, q * sorted.length)] / 1e6));
                }
                System.err.println(b);
            }
            for (long id : mx.getAllThreadIds()) {
                long d = mx.getThreadCpuTime(id) - before.getOrDefault(id, 0L);
                if (d > 60_000_000L) {
                    System.err.printf("cpu %s: %.0f ms/s%n", mx.getThreadInfo(id).getThreadName(), d / 6e6);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
            Thread cpu = new Thread(StageProbeMain::sampleCpu, "cpu-sampler");
            cpu.setDaemon(true);
            cpu.start();
        if (args.length > 0 && args[0].equals("real")) {
            Application.launch(FpsProbeApp.class, java.util.Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("preset")) {
            Application.launch(PresetProbeApp.class, java.util.Arrays.copyOfRange(args, 1, args.length));
        } else {
            Application.launch(FakeProbeApp.class, args);
        }
    }
}
