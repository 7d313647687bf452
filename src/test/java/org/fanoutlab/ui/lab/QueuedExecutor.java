package org.fanoutlab.ui.lab;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor a test drives by hand: tasks wait until the test runs them, so "meanwhile" can be tested. */
public final class QueuedExecutor implements Executor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs what is waiting, including tasks those tasks queue; returns how many ran. */
    public int runAll() {
        int n = 0;
        while (!tasks.isEmpty()) {
            tasks.poll().run();
            n++;
        }
        return n;
    }

    public int waiting() {
        return tasks.size();
    }
}
