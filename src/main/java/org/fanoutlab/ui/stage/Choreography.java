package org.fanoutlab.ui.stage;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.EventSink;
import org.fanoutlab.engine.Model;

/**
 * Turns released engine events into what the stage shows: tokens flying between components (or, with reduced
 * motion, highlights of the component each would reach), and the counters beside each component. Times are
 * animation seconds, which stop while the stage is paused.
 *
 * <p>The choreography keeps cause before effect without the engine's help: a cache write leaves the fan-out
 * service only once its post has arrived there, an answer leaves only once its check has arrived. Toolkit-free
 * and allocation-free per event; {@link StageViewModel} owns one and feeds it in time order.
 */
final class Choreography implements EventSink {
    /** Animation seconds a token takes for one hop. Long enough to follow, short enough to keep up at 10,000×. */
    static final double FLIGHT_SECONDS = 0.6;
    static final int TOKEN_CAPACITY = 8192;

    private final TokenPool tokens = new TokenPool(TOKEN_CAPACITY);
    private final SplittableRandom jitter = new SplittableRandom(42); // cosmetic only, never the engine's

    // Per-component counters for the watched consumers and producers (the engine's totals are in metrics).
    private final long[] producerPosts = new long[Anchors.MAX_PRODUCERS];
    private final long[] cacheWrites = new long[Anchors.MAX_WATCHED];
    private final long[] checksSent = new long[Anchors.MAX_WATCHED];
    private final long[] emptyAnswers = new long[Anchors.MAX_WATCHED];
    private final long[] usefulAnswers = new long[Anchors.MAX_WATCHED];
    private final long[] merges = new long[Anchors.MAX_WATCHED];
    /** Simulated seconds the watched consumer's latest new post waited between posting and reaching it; -1 none. */
    private final double[] lastWait = new double[Anchors.MAX_WATCHED];
    private final double[] lastPostTime = new double[Anchors.MAX_PRODUCERS];
    /** Per watched consumer, its latest answers oldest first (a ring): the pile of grey rings, as a still. */
    static final int HISTORY = 40;
    static final byte ANSWER_EMPTY = 1;
    static final byte ANSWER_NEW = 2;
    static final byte ANSWER_MERGED = 3;
    private final byte[] history = new byte[Anchors.MAX_WATCHED * HISTORY];
    private final int[] historyCount = new int[Anchors.MAX_WATCHED];
    private final boolean[] mergedThisCheck = new boolean[Anchors.MAX_WATCHED];
    private double lastPulledPostTime = -1;

    // Choreography, in animation seconds: when the latest post reaches the fan-out service, and when each
    // consumer's request reaches the place that answers it, so that answers leave only after questions arrive.
    private final double[] postArrives = new double[Anchors.MAX_PRODUCERS];
    private final double[] mergeAt = new double[Anchors.MAX_WATCHED];
    private final double[] answerAt = new double[Anchors.MAX_WATCHED];
    private final int[] answerFrom = new int[Anchors.MAX_WATCHED];

    // Reduced-motion highlights: which component acted, from when to when, and with what kind of token.
    private final double[] highlightStart = new double[Anchors.COUNT];
    private final double[] highlightEnd = new double[Anchors.COUNT];
    private final byte[] highlightStyle = new byte[Anchors.COUNT];

    private StageScene scene;
    private boolean reducedMotion;
    private double leadInStart;
    private double animNow;
    private int queueProducer = -1;
    private int[] drawnAnchors = new int[0];
    private long releasedEvents;
    // The last event released, described on demand (once per frame, not once per event).
    private EventKind lastKind;
    private int lastProducer;
    private int lastWatched;
    private long lastCount;

    Choreography(StageScene scene) {
        setScene(scene);
        Arrays.fill(lastWait, -1);
    }

    void setScene(StageScene sc) {
        scene = sc;
        int producers = Math.min(sc.producers().size(), Anchors.MAX_PRODUCERS);
        int watched = Math.min(sc.watched().size(), Anchors.MAX_WATCHED);
        int[] ids = new int[producers + 2 + 2 * watched];
        int k = 0;
        for (int p = 0; p < producers; p++) {
            ids[k++] = Anchors.producer(p);
        }
        ids[k++] = sc.hasFanout() ? Anchors.FANOUT : Anchors.DATABASE;
        ids[k++] = Anchors.DATABASE;
        for (int i = 0; i < watched; i++) {
            ids[k++] = sc.hasFanout() ? Anchors.cache(i) : Anchors.DATABASE;
            ids[k++] = Anchors.phone(i);
        }
        drawnAnchors = ids;
    }

    /** Events before this simulated time are counted but not animated (the skipped quiet stretch). */
    void setLeadIn(double simSeconds) {
        leadInStart = simSeconds;
    }

    void setReducedMotion(boolean on) {
        reducedMotion = on;
        if (on) {
            tokens.clear();
        }
    }

    /** Moves animation time on by {@code dt} and retires the tokens that have arrived. */
    void advance(double dt) {
        animNow += dt;
        tokens.retire(animNow);
    }

    /** Forgets everything shown: tokens, highlights, counters (the run starts again). */
    void clear() {
        tokens.clear();
        queueProducer = -1;
        Arrays.fill(producerPosts, 0);
        Arrays.fill(cacheWrites, 0);
        Arrays.fill(checksSent, 0);
        Arrays.fill(emptyAnswers, 0);
        Arrays.fill(usefulAnswers, 0);
        Arrays.fill(merges, 0);
        Arrays.fill(historyCount, 0);
        Arrays.fill(lastWait, -1);
        Arrays.fill(lastPostTime, 0);
        Arrays.fill(highlightEnd, 0);
        Arrays.fill(highlightStart, 0);
        lastPulledPostTime = -1;
        lastKind = null;
    }

    @Override
    public void accept(EventKind kind, double time, int producer, long post, int watched, long count) {
        releasedEvents++;
        if (time < leadInStart) {
            silentRelease(kind, producer, watched);
            return;
        }
        StageScene sc = scene;
        int pIndex = producer >= 0 ? Math.min(producer, Anchors.MAX_PRODUCERS - 1) : -1;
        boolean celebrity = producer >= 0 && producer < sc.producers().size()
                && sc.scenario().isCelebrity(sc.producers().get(producer));
        int w = watched >= 0 ? Math.min(watched, Anchors.MAX_WATCHED - 1) : -1;
        Model model = sc.model();
        switch (kind) {
            case POST_MADE -> {
                if (pIndex < 0) {
                    return;
                }
                producerPosts[pIndex]++;
                lastPostTime[pIndex] = time;
                boolean pulled = producer < sc.producers().size() && sc.isPulled(producer);
                if (pulled) {
                    lastPulledPostTime = time;
                }
                int dest = pulled ? Anchors.DATABASE : Anchors.FANOUT;
                show(TokenStyle.post(celebrity), Anchors.producer(pIndex), dest, animNow);
                postArrives[pIndex] = animNow + FLIGHT_SECONDS;
            }
            case WRITES_QUEUED -> {
                if (count > 0) {
                    queueProducer = producer; // a pulled post queues nothing: leave the crowd's fill alone
                }
                if (reducedMotion) {
                    highlight(Anchors.FANOUT, pIndex >= 0 ? postArrives[pIndex] : animNow,
                            TokenStyle.write(celebrity));
                }
            }
            case WRITE_DONE -> {
                if (w < 0) {
                    return;
                }
                cacheWrites[w]++;
                if (pIndex >= 0) {
                    lastWait[w] = time - lastPostTime[pIndex];
                }
                double start = pIndex >= 0 ? Math.max(animNow, postArrives[pIndex]) : animNow;
                show(TokenStyle.write(celebrity), Anchors.FANOUT, Anchors.cache(w), start);
            }
            case CHECK_SENT -> {
                if (w < 0) {
                    return;
                }
                checksSent[w]++;
                mergedThisCheck[w] = false;
                int phone = Anchors.phone(w);
                if (model == Model.PULL) {
                    show(TokenStyle.CHECK, phone, Anchors.DATABASE, animNow);
                    answerFrom[w] = Anchors.DATABASE;
                    answerAt[w] = animNow + FLIGHT_SECONDS;
                    mergeAt[w] = animNow;
                } else if (model == Model.HYBRID && count > 0) {
                    // Reads its cache, then queries the celebrity timelines; their posts come back to be merged.
                    show(TokenStyle.CHECK, phone, Anchors.cache(w), animNow);
                    show(TokenStyle.CHECK, Anchors.cache(w), Anchors.DATABASE, animNow + FLIGHT_SECONDS);
                    answerFrom[w] = Anchors.cache(w);
                    mergeAt[w] = animNow + 2 * FLIGHT_SECONDS;
                    answerAt[w] = animNow + 3 * FLIGHT_SECONDS;
                } else {
                    show(TokenStyle.CHECK, phone, Anchors.cache(w), animNow);
                    answerFrom[w] = Anchors.cache(w);
                    answerAt[w] = animNow + FLIGHT_SECONDS;
                    mergeAt[w] = animNow;
                }
            }
            case CHECK_EMPTY -> {
                if (w < 0) {
                    return;
                }
                emptyAnswers[w]++;
                remember(w, ANSWER_EMPTY);
                if (model == Model.PUSH) {
                    break; // a push read is local to the cache: no answer travels, and "empty" would mislead
                }
                show(TokenStyle.ANSWER_EMPTY, answerFrom(w), Anchors.phone(w), Math.max(animNow, answerAt[w]));
            }
            case CHECK_USEFUL -> {
                if (w < 0) {
                    return;
                }
                usefulAnswers[w]++;
                remember(w, mergedThisCheck[w] ? ANSWER_MERGED : ANSWER_NEW);
                if (model == Model.PUSH) {
                    break;
                }
                if (model == Model.PULL && lastPulledPostTime >= 0) {
                    lastWait[w] = time - lastPulledPostTime;
                }
                show(TokenStyle.ANSWER_USEFUL, answerFrom(w), Anchors.phone(w), Math.max(animNow, answerAt[w]));
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
                show(TokenStyle.MERGE, Anchors.DATABASE, Anchors.cache(w), Math.max(animNow, mergeAt[w]));
            }
        }
        lastKind = kind;
        lastProducer = producer;
        lastWatched = watched;
        lastCount = count;
    }

    private void remember(int w, byte outcome) {
        history[w * HISTORY + (historyCount[w] % HISTORY)] = outcome;
        historyCount[w]++;
    }

    /** How many answers {@link #answer(int, int)} can return for this consumer (at most {@link #HISTORY}). */
    int answers(int w) {
        return Math.min(historyCount[w], HISTORY);
    }

    /** The k-th most recent answer's outcome (k = 0 is the latest): ANSWER_EMPTY, _NEW or _MERGED. */
    byte answer(int w, int k) {
        int i = historyCount[w] - 1 - k;
        return history[w * HISTORY + (i % HISTORY)];
    }

    /** Events of the skipped quiet stretch: counted, not animated. */
    private void silentRelease(EventKind kind, int producer, int watched) {
        if (kind == EventKind.POST_MADE && producer >= 0) {
            producerPosts[Math.min(producer, Anchors.MAX_PRODUCERS - 1)]++;
            return;
        }
        if (watched < 0) {
            return;
        }
        int w = Math.min(watched, Anchors.MAX_WATCHED - 1);
        switch (kind) {
            case WRITE_DONE -> cacheWrites[w]++;
            case CHECK_SENT -> checksSent[w]++;
            case CHECK_EMPTY -> {
                emptyAnswers[w]++;
                remember(w, ANSWER_EMPTY);
            }
            case CHECK_USEFUL -> {
                usefulAnswers[w]++;
                remember(w, ANSWER_NEW);
            }
            case MERGE_AT_READ -> merges[w]++;
            default -> {
            }
        }
    }

    private int answerFrom(int w) {
        int a = answerFrom[w];
        if (a == Anchors.PRODUCER0) {
            // Never set (answers never come from a producer): no check seen yet, answer from where this model does.
            return scene.model() == Model.PULL ? Anchors.DATABASE : Anchors.cache(w);
        }
        return a;
    }

    /** A token in normal mode; a highlight of the component it reaches in reduced motion. */
    private void show(TokenStyle style, int from, int to, double start) {
        if (reducedMotion) {
            highlight(to, start, style);
            return;
        }
        // Lane jitter keeps parallel tokens on one path from hiding each other.
        tokens.spawn(style, from, to, start, FLIGHT_SECONDS, jitter.nextDouble() * 2 - 1);
    }

    private void highlight(int anchor, double start, TokenStyle style) {
        highlightStart[anchor] = start;
        highlightEnd[anchor] = start + FLIGHT_SECONDS;
        highlightStyle[anchor] = (byte) style.ordinal();
    }

    /** A sentence for the latest event released since the last call, or null when none was. */
    String takeLastAction() {
        if (lastKind == null) {
            return null;
        }
        StageScene sc = scene;
        String who = lastProducer >= 0 && lastProducer < sc.producers().size()
                ? sc.producers().get(lastProducer).name() : "a producer";
        String phone = "phone " + (lastWatched + 1);
        String text = switch (lastKind) {
            case POST_MADE -> who + " posted";
            case WRITES_QUEUED -> lastCount == 0
                    ? who + "'s post is stored once in the posts database: nothing to fan out"
                    : ComponentInfo.n(lastCount) + " cache writes queued for " + who + "'s post";
            case WRITE_DONE -> "fan-out wrote " + who + "'s post into " + phone + "'s feed cache";
            case CHECK_SENT -> phone + " checked its feed";
            case CHECK_EMPTY -> phone + "'s check came back empty";
            case CHECK_USEFUL -> phone + "'s check brought " + ComponentInfo.n(lastCount) + " new post"
                    + (lastCount == 1 ? "" : "s");
            case MERGE_AT_READ -> phone + " merged " + ComponentInfo.n(lastCount) + " celebrity post"
                    + (lastCount == 1 ? "" : "s") + " into its feed at read time";
        };
        lastKind = null;
        return text;
    }

    /**
     * Keeps {@code n} decorative tokens in flight between the drawn components (the {@code --fps-probe}
     * workload). Allocation-free, like the real tokens.
     */
    void keepTokensInFlight(int n) {
        int target = Math.min(n, tokens.capacity());
        int[] ids = drawnAnchors;
        while (tokens.size() < target && ids.length > 1) {
            int a = ids[jitter.nextInt(ids.length)];
            int b = ids[jitter.nextInt(ids.length)];
            if (a == b) {
                continue;
            }
            TokenStyle s = TokenStyle.ALL[jitter.nextInt(TokenStyle.ALL.length)];
            tokens.spawn(s, a, b, animNow - jitter.nextDouble() * 0.5, 0.6 + jitter.nextDouble() * 1.2,
                    jitter.nextDouble() * 2 - 1);
        }
    }


    TokenPool tokens() {
        return tokens;
    }

    double animNow() {
        return animNow;
    }

    /** 0..1: how strongly a component is highlighted now (reduced motion), 0 when not. */
    double highlight(int anchor) {
        if (animNow < highlightStart[anchor] || animNow >= highlightEnd[anchor]) {
            return 0;
        }
        return 1 - (animNow - highlightStart[anchor]) / (highlightEnd[anchor] - highlightStart[anchor]) * 0.6;
    }

    TokenStyle highlightStyle(int anchor) {
        return TokenStyle.ALL[highlightStyle[anchor]];
    }

    long producerPosts(int p) {
        return producerPosts[Math.min(p, Anchors.MAX_PRODUCERS - 1)];
    }

    long cacheWrites(int w) {
        return cacheWrites[w];
    }

    long checksSent(int w) {
        return checksSent[w];
    }

    long emptyAnswers(int w) {
        return emptyAnswers[w];
    }

    long usefulAnswers(int w) {
        return usefulAnswers[w];
    }

    /** How long the latest post this watched consumer got had waited, simulated seconds; -1 before any. */
    double lastWait(int w) {
        return lastWait[w];
    }

    long merges(int w) {
        return merges[w];
    }

    /** The producer whose writes were queued last (its colour fills the queue), or -1. */
    int queueProducer() {
        return queueProducer;
    }


    /** Whether anything moves on the token layer now (tokens in flight, or a highlight fading). */
    boolean animating() {
        if (tokens.size() > 0) {
            return true;
        }
        for (int a = 0; a < Anchors.COUNT; a++) {
            if (highlightEnd[a] > animNow) {
                return true;
            }
        }
        return false;
    }

    long releasedEvents() {
        return releasedEvents;
    }
}
