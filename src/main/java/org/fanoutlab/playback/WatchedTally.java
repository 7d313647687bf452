package org.fanoutlab.playback;

import java.util.Arrays;
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.EventSink;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;

/**
 * The stage's per-component counters (posts per producer; writes, checks, empty and new answers, merges and the
 * latest wait per watched consumer; each phone's latest answers), counted from every engine event. It travels
 * with the engine in snapshots, so the counters after a seek are those of a straight run to that moment.
 * Allocation-free per event; {@link #copy()} is how a frame gets its own, never changed afterwards.
 */
public final class WatchedTally implements EventSink {
    /** Producers and watched consumers the stage draws one by one; beyond, the last box counts for the rest. */
    public static final int MAX_PRODUCERS = 8;
    public static final int MAX_WATCHED = 8;
    /** Answers remembered per watched consumer (the strip of rings on a phone). */
    public static final int HISTORY = 40;
    public static final byte ANSWER_EMPTY = 1;
    public static final byte ANSWER_NEW = 2;
    public static final byte ANSWER_MERGED = 3;

    private final long[] producerPosts = new long[MAX_PRODUCERS];
    private final double[] lastPostTime = new double[MAX_PRODUCERS];
    private final long[] cacheWrites = new long[MAX_WATCHED];
    private final long[] checksSent = new long[MAX_WATCHED];
    private final long[] emptyAnswers = new long[MAX_WATCHED];
    private final long[] usefulAnswers = new long[MAX_WATCHED];
    private final long[] merges = new long[MAX_WATCHED];
    private final double[] lastWait = new double[MAX_WATCHED];
    private final boolean[] mergedThisCheck = new boolean[MAX_WATCHED];
    private final byte[] history = new byte[MAX_WATCHED * HISTORY];
    private final int[] historyCount = new int[MAX_WATCHED];
    private double lastPulledPostTime = -1;
    private int queueProducer = -1;
    private Scenario scenario;

    public WatchedTally(Scenario scenario) {
        this.scenario = scenario;
        Arrays.fill(lastWait, -1);
    }

    private WatchedTally(WatchedTally o) {
        System.arraycopy(o.producerPosts, 0, producerPosts, 0, MAX_PRODUCERS);
        System.arraycopy(o.lastPostTime, 0, lastPostTime, 0, MAX_PRODUCERS);
        System.arraycopy(o.cacheWrites, 0, cacheWrites, 0, MAX_WATCHED);
        System.arraycopy(o.checksSent, 0, checksSent, 0, MAX_WATCHED);
        System.arraycopy(o.emptyAnswers, 0, emptyAnswers, 0, MAX_WATCHED);
        System.arraycopy(o.usefulAnswers, 0, usefulAnswers, 0, MAX_WATCHED);
        System.arraycopy(o.merges, 0, merges, 0, MAX_WATCHED);
        System.arraycopy(o.lastWait, 0, lastWait, 0, MAX_WATCHED);
        System.arraycopy(o.mergedThisCheck, 0, mergedThisCheck, 0, MAX_WATCHED);
        System.arraycopy(o.history, 0, history, 0, history.length);
        System.arraycopy(o.historyCount, 0, historyCount, 0, MAX_WATCHED);
        lastPulledPostTime = o.lastPulledPostTime;
        queueProducer = o.queueProducer;
        scenario = o.scenario;
    }

    public WatchedTally copy() {
        return new WatchedTally(this);
    }

    /** The scenario as it stands (after live changes): which producers are pulled depends on it. */
    void setScenario(Scenario sc) {
        scenario = sc;
    }

    @Override
    public void accept(EventKind kind, double time, int producer, long post, int watched, long count) {
        int p = producer >= 0 ? Math.min(producer, MAX_PRODUCERS - 1) : -1;
        int w = watched >= 0 ? Math.min(watched, MAX_WATCHED - 1) : -1;
        switch (kind) {
            case POST_MADE -> {
                if (p < 0) {
                    return;
                }
                producerPosts[p]++;
                lastPostTime[p] = time;
                if (isPulled(producer)) {
                    lastPulledPostTime = time;
                }
            }
            case WRITES_QUEUED -> {
                if (count > 0) {
                    queueProducer = producer; // a pulled post queues nothing: the crowd keeps the last fill
                }
            }
            case WRITE_DONE -> {
                if (w < 0) {
                    return;
                }
                cacheWrites[w]++;
                if (p >= 0) {
                    lastWait[w] = time - lastPostTime[p];
                }
            }
            case CHECK_SENT -> {
                if (w >= 0) {
                    checksSent[w]++;
                    mergedThisCheck[w] = false;
                }
            }
            case CHECK_EMPTY -> {
                if (w >= 0) {
                    emptyAnswers[w]++;
                    remember(w, ANSWER_EMPTY);
                }
            }
            case CHECK_USEFUL -> {
                if (w < 0) {
                    return;
                }
                usefulAnswers[w]++;
                remember(w, mergedThisCheck[w] ? ANSWER_MERGED : ANSWER_NEW);
                if (scenario.model() == Model.PULL && lastPulledPostTime >= 0) {
                    lastWait[w] = time - lastPulledPostTime;
                }
            }
            case MERGE_AT_READ -> {
                if (w < 0) {
                    return;
                }
                merges[w]++;
                mergedThisCheck[w] = true;
                if (lastPulledPostTime >= 0) {
                    lastWait[w] = time - lastPulledPostTime;
                }
            }
        }
    }

    private boolean isPulled(int producer) {
        if (producer >= scenario.producers().size()) {
            return false;
        }
        Model m = scenario.model();
        return m == Model.PULL || (m == Model.HYBRID && scenario.isCelebrity(scenario.producers().get(producer)));
    }

    private void remember(int w, byte outcome) {
        history[w * HISTORY + (historyCount[w] % HISTORY)] = outcome;
        historyCount[w]++;
    }

    public long producerPosts(int p) {
        return producerPosts[Math.min(p, MAX_PRODUCERS - 1)];
    }

    /**
     * What one watched consumer has seen so far: cache writes it got, checks it sent, empty and new answers, merges
     * of celebrity posts at read time, and how long its latest post had waited (simulated seconds; -1 before any).
     */
    public record Consumer(long cacheWrites, long checksSent, long emptyAnswers, long usefulAnswers, long merges,
            double lastWait) {
    }

    public Consumer consumer(int w) {
        return new Consumer(cacheWrites[w], checksSent[w], emptyAnswers[w], usefulAnswers[w], merges[w], lastWait[w]);
    }

    /** How many answers {@link #answer(int, int)} can return for this consumer (at most {@link #HISTORY}). */
    public int answers(int w) {
        return Math.min(historyCount[w], HISTORY);
    }

    /** The k-th most recent answer (k = 0 is the latest): ANSWER_EMPTY, _NEW or _MERGED. */
    public byte answer(int w, int k) {
        int i = historyCount[w] - 1 - k;
        return history[w * HISTORY + (i % HISTORY)];
    }

    /** The producer whose writes were queued last (its colour fills the queue and the crowd), or -1. */
    public int queueProducer() {
        return queueProducer;
    }
}
