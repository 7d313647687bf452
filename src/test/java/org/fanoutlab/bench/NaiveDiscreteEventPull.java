package org.fanoutlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;

/**
 * The baseline the engine is measured against: a plain per-event discrete-event simulation of pull, written the
 * obvious way — one event object per post and per check in a {@link PriorityQueue}, a list of posts per producer,
 * and every check walking every followee's timeline for posts since that consumer's previous check.
 * Same semantics as the engine's pull model (checks every interval from a random phase, a post delivered at
 * the first check at or after it), so the two agree on checks, useful checks and deliveries.
 */
public final class NaiveDiscreteEventPull {
    /** What the baseline measured. */
    public record Result(long posts, long checks, long usefulChecks, long deliveries, double p50Seconds) {
    }

    private record Event(double time, int kind, int who) {
    }

    private static final int POST = 0;
    private static final int CHECK = 1;

    private NaiveDiscreteEventPull() {
    }

    public static Result run(Scenario s) {
        SplittableRandom random = new SplittableRandom(s.seed());
        int consumers = (int) s.consumers();
        List<Producer> producers = s.producers();
        List<List<Double>> timelines = new ArrayList<>();
        List<List<Integer>> followees = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            followees.add(new ArrayList<>());
        }
        long[] offsets = new long[producers.size()];
        for (int p = 0; p < producers.size(); p++) {
            timelines.add(new ArrayList<>());
            offsets[p] = random.nextLong(consumers);
            for (long k = 0; k < producers.get(p).followers(); k++) {
                followees.get((int) ((offsets[p] + k) % consumers)).add(p);
            }
        }
        PriorityQueue<Event> queue = new PriorityQueue<>((a, b) -> a.time != b.time ? Double.compare(a.time, b.time)
                : a.kind != b.kind ? Integer.compare(a.kind, b.kind) : Integer.compare(a.who, b.who));
        for (int p = 0; p < producers.size(); p++) {
            queue.add(new Event(nextPost(producers.get(p), 0, 0, random), POST, p));
        }
        double[] lastCheck = new double[consumers];
        for (int c = 0; c < consumers; c++) {
            lastCheck[c] = -1;
            queue.add(new Event(random.nextDouble() * s.pollIntervalSeconds(), CHECK, c));
        }
        int[] postCount = new int[producers.size()];
        Histogram latency = new Histogram(3);
        long posts = 0;
        long checks = 0;
        long useful = 0;
        long deliveries = 0;
        while (!queue.isEmpty()) {
            Event e = queue.poll();
            if (e.time >= s.durationSeconds()) {
                break;
            }
            if (e.kind == POST) {
                Producer p = producers.get(e.who);
                timelines.get(e.who).add(e.time);
                posts++;
                postCount[e.who]++;
                queue.add(new Event(nextPost(p, e.time, postCount[e.who], random), POST, e.who));
            } else {
                checks++;
                int found = 0;
                for (int p : followees.get(e.who)) {
                    List<Double> timeline = timelines.get(p);
                    for (int k = timeline.size() - 1; k >= 0 && timeline.get(k) > lastCheck[e.who]; k--) {
                        latency.recordValue(Math.round((e.time - timeline.get(k)) * 1e6));
                        found++;
                    }
                }
                deliveries += found;
                if (found > 0) {
                    useful++;
                }
                lastCheck[e.who] = e.time;
                queue.add(new Event(e.time + s.pollIntervalSeconds(), CHECK, e.who));
            }
        }
        return new Result(posts, checks, useful, deliveries,
                latency.getTotalCount() == 0 ? 0 : latency.getValueAtPercentile(50) / 1e6);
    }

    private static double nextPost(Producer p, double now, int k, SplittableRandom random) {
        double gap = 3600.0 / p.postsPerHour();
        if (p.schedule() == Schedule.UNIFORM) {
            return (k + 0.5) * gap;
        }
        return now - Math.log(1.0 - random.nextDouble()) * gap;
    }
}
