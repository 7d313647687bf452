package org.fanoutlab.engine;

import org.fanoutlab.engine.base.LatencyRecorder;

/**
 * What happens at one feed open the engine visits (ADR 0002, "Feed opens and checks"): the consumer fetches
 * every stored post of its followees made since its previous open — whatever the model is now, so a post stored
 * under pull is still fetched after a switch to push — and, in hybrid, reads the pushed entries its cache got
 * meanwhile. A check (an open in pull or hybrid) is useful when it brought anything new. A stored post whose
 * producer the model does not query anyway (a former celebrity in hybrid; any producer in push) costs one read
 * query per producer fetched. Watched consumers report the check as events.
 */
final class FeedVisit implements PulledPosts.PendingSink {
    private final ConsumerSample sample;
    private final CheckGrid grid;
    private final PulledPosts pulled;
    private final FeedCaches caches;
    private final Counters counters;
    private final LatencyRecorder latency;
    private final EventRing events;
    private final WatchedConsumers watched;
    private final VisitQueue visits;
    private long[] producerStamp;
    private long stamp;

    // the visit in progress
    private Scenario scenario;
    private double time;
    private int fetched;
    private int extraQueries;
    private int lastProducer;
    private long lastSeq;

    FeedVisit(ConsumerSample sample, CheckGrid grid, PulledPosts pulled, FeedCaches caches, Counters counters,
            LatencyRecorder latency, EventRing events, WatchedConsumers watched, VisitQueue visits) {
        this.sample = sample;
        this.grid = grid;
        this.pulled = pulled;
        this.caches = caches;
        this.counters = counters;
        this.latency = latency;
        this.events = events;
        this.watched = watched;
        this.visits = visits;
    }

    /**
     * Opens {@code from} to {@code to - 1}, every one of them, in order (a sweep: nothing else happens between
     * them). Returns the time of the last.
     */
    double visitAll(Scenario s, Followees followees, long from, long to) {
        int i = grid.consumer(from);
        double t = 0;
        for (long g = from; g < to; g++) {
            t = grid.time(g);
            visit(s, followees, g, i, t);
            i = grid.consumerAfter(i);
        }
        return t;
    }

    /** Open number {@code open}, at {@code t}, under {@code s} (the scenario with every live change so far). */
    void visit(Scenario s, Followees followees, long open, double t) {
        visit(s, followees, open, grid.consumer(open), t);
    }

    private void visit(Scenario s, Followees followees, long open, int i, double t) {
        scenario = s;
        time = t;
        fetched = 0;
        extraQueries = 0;
        lastProducer = -1;
        lastSeq = -1;
        stamp++;
        int position = (int) (open % grid.size());
        long end = pulled.broadcastEnd();
        long from = pulled.takeBroadcastFrom(position);
        if (from < end) {
            long id = sample.id(i);
            for (long k = from; k < end; k++) {
                ConsumerSample.Audience a = pulled.broadcastAudience(k);
                if (sample.follows(id, pulled.broadcastOffset(k), a.followers())) {
                    deliver(pulled.broadcastProducer(k), pulled.broadcastSeq(k), pulled.broadcastTime(k),
                            a.weight(sample, i));
                }
            }
        }
        pulled.takePending(position, this);
        Model model = s.model();
        int pushed = model == Model.HYBRID ? caches.takeUnseen(i) : 0;
        int w = sample.weight(i);
        counters.extraReadQueries += (long) extraQueries * w;
        boolean checking = model != Model.PUSH;
        boolean useful = fetched + pushed > 0;
        if (checking && useful) {
            counters.usefulChecks += w;
        }
        int slot = watched.slotOf(i);
        if (slot < 0) {
            return;
        }
        visits.add(open + grid.size()); // a watched consumer's every open is visited
        if (checking && events.enabled()) {
            int queries = (model == Model.HYBRID ? followees.celebrities(i) : followees.all(i)) + extraQueries;
            events.add(EventKind.CHECK_SENT, t, -1, -1, slot, queries);
            // When exactly one pulled post arrives, name it, so the stage can show which post travelled.
            int producer = fetched == 1 ? lastProducer : -1;
            long post = fetched == 1 ? lastSeq : -1;
            if (model == Model.HYBRID && fetched > 0) {
                events.add(EventKind.MERGE_AT_READ, t, producer, post, slot, fetched);
            }
            if (useful) {
                events.add(EventKind.CHECK_USEFUL, t, pushed == 0 ? producer : -1, pushed == 0 ? post : -1, slot,
                        (long) fetched + pushed);
            } else {
                events.add(EventKind.CHECK_EMPTY, t, -1, -1, slot, 0);
            }
        }
    }

    @Override
    public void pending(int producer, long seq, double postTime, long weight) {
        deliver(producer, seq, postTime, weight);
    }

    private void deliver(int producer, long seq, double postTime, long weight) {
        fetched++;
        lastProducer = producer;
        lastSeq = seq;
        latency.record(time - postTime, weight);
        counters.pullDeliveries += weight;
        if (!queriedByModel(producer)) {
            if (producerStamp == null) {
                producerStamp = new long[scenario.producers().size()];
            }
            if (producerStamp[producer] != stamp) {
                producerStamp[producer] = stamp;
                extraQueries++;
            }
        }
    }

    private boolean queriedByModel(int producer) {
        return switch (scenario.model()) {
            case PULL -> true;
            case HYBRID -> scenario.isCelebrity(scenario.producers().get(producer));
            case PUSH -> false;
        };
    }
}
