package org.fanoutlab.ui.stage;

import java.util.SplittableRandom;
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.EventSink;
import org.fanoutlab.engine.Model;

/**
 * Turns released engine events into tokens flying between components (or, with reduced motion, highlights of
 * the component each would reach). Times are animation seconds, which stop while the stage is paused. The
 * counters beside the components are not kept here: they come with the engine's figures
 * ({@link org.fanoutlab.playback.WatchedTally}), so they are right after a seek as well.
 *
 * <p>Cause comes before effect without the engine's help: a cache write leaves the fan-out service only once
 * its post has arrived there, an answer leaves only once its check has arrived. Toolkit-free and allocation-free
 * per event; {@link StageViewModel} owns one and feeds it in time order.
 */
final class Choreography implements EventSink {
    /** Animation seconds a token takes for one hop. Long enough to follow, short enough to keep up at 10,000×. */
    static final double FLIGHT_SECONDS = 0.6;
    static final int TOKEN_CAPACITY = 8192;

    private final TokenPool tokens = new TokenPool(TOKEN_CAPACITY);
    private final Highlights highlights = new Highlights();
    private final SplittableRandom jitter = new SplittableRandom(42); // cosmetic only, never the engine's

    // In animation seconds: when the latest post reaches the fan-out service, and when each consumer's request
    // reaches the place that answers it, so that answers leave only after questions arrive.
    private final double[] postArrives = new double[Anchors.MAX_PRODUCERS];
    private final double[] mergeAt = new double[Anchors.MAX_WATCHED];
    private final double[] answerAt = new double[Anchors.MAX_WATCHED];
    private final int[] answerFrom = new int[Anchors.MAX_WATCHED];

    private StageScene scene;
    private boolean reducedMotion;
    private double animNow;
    private int[] drawnAnchors = new int[0];
    private long releasedEvents;

    Choreography(StageScene scene) {
        setScene(scene);
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

    /** Forgets the tokens and highlights in flight (a seek or a restart: they belong to another moment). */
    void clear() {
        tokens.clear();
        highlights.clear();
        java.util.Arrays.fill(answerFrom, 0);
    }

    @Override
    public void accept(EventKind kind, double time, int producer, long post, int watched, long count) {
        releasedEvents++;
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
                boolean pulled = producer < sc.producers().size() && sc.isPulled(producer);
                show(TokenStyle.post(celebrity), Anchors.producer(pIndex), pulled ? Anchors.DATABASE : Anchors.FANOUT,
                        animNow);
                postArrives[pIndex] = animNow + FLIGHT_SECONDS;
            }
            case WRITES_QUEUED -> {
                if (reducedMotion) {
                    highlights.light(Anchors.FANOUT, pIndex >= 0 ? postArrives[pIndex] : animNow,
                            TokenStyle.write(celebrity), FLIGHT_SECONDS);
                }
            }
            case WRITE_DONE -> {
                if (w >= 0) {
                    double start = pIndex >= 0 ? Math.max(animNow, postArrives[pIndex]) : animNow;
                    show(TokenStyle.write(celebrity), Anchors.FANOUT, Anchors.cache(w), start);
                }
            }
            case CHECK_SENT -> {
                if (w >= 0) {
                    check(model, w, count);
                }
            }
            case CHECK_EMPTY -> {
                // A push read is local to the cache: no answer travels, and "empty" would mislead.
                if (w >= 0 && model != Model.PUSH) {
                    show(TokenStyle.ANSWER_EMPTY, answerFrom(w), Anchors.phone(w), Math.max(animNow, answerAt[w]));
                }
            }
            case CHECK_USEFUL -> {
                if (w >= 0 && model != Model.PUSH) {
                    show(TokenStyle.ANSWER_USEFUL, answerFrom(w), Anchors.phone(w), Math.max(animNow, answerAt[w]));
                }
            }
            case MERGE_AT_READ -> {
                if (w >= 0) {
                    show(TokenStyle.MERGE, Anchors.DATABASE, Anchors.cache(w), Math.max(animNow, mergeAt[w]));
                }
            }
        }
    }

    private void check(Model model, int w, long count) {
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
            highlights.light(to, start, style, FLIGHT_SECONDS);
            return;
        }
        // Lane jitter keeps parallel tokens on one path from hiding each other.
        tokens.spawn(style, from, to, start, FLIGHT_SECONDS, jitter.nextDouble() * 2 - 1);
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
        return highlights.level(anchor, animNow);
    }

    TokenStyle highlightStyle(int anchor) {
        return highlights.style(anchor);
    }

    /** Whether anything moves on the token layer now (tokens in flight, or a highlight fading). */
    boolean animating() {
        return tokens.size() > 0 || highlights.anyAfter(animNow);
    }

    long releasedEvents() {
        return releasedEvents;
    }
}
