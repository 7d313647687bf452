package org.fanoutlab.ui.lab.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The lab's worker threads (opening scenarios, sweeps): one named daemon thread each, so a stuck run never
 * keeps the app from quitting, and all stopped together when the screen goes away.
 */
public final class LabThreads implements AutoCloseable {
    private final List<ExecutorService> executors = new ArrayList<>();

    /** A new single worker thread called {@code fanout-lab-NAME}. */
    public ExecutorService worker(String name) {
        ExecutorService e = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fanout-lab-" + name);
            t.setDaemon(true);
            return t;
        });
        executors.add(e);
        return e;
    }

    /** Interrupts whatever the workers are doing; work in a slice loop checks its cancel flag, too. */
    @Override
    public void close() {
        executors.forEach(ExecutorService::shutdownNow);
    }
}
