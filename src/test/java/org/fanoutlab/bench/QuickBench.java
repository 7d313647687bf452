package org.fanoutlab.bench;

import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Report;
import org.fanoutlab.engine.Simulation;

/**
 * A quick, non-JMH look at the three figures (prints engine times and checks that the naive baseline agrees with
 * the engine on the pull hour). {@code java -Xmx512m -cp target/classes:target/test-classes:… QuickBench}
 */
public final class QuickBench {
    private QuickBench() {
    }

    public static void main(String[] args) {
        for (int round = 0; round < 4; round++) {
            Report push = Simulation.run(EngineBenchmark.PUSH_1M);
            System.out.printf("push 1M followers x 20 posts: %.3f s engine, %.0f M writes/s%n", push.elapsedSeconds(),
                    push.metrics().cacheWrites() / push.elapsedSeconds() / 1e6);
            Report celeb = Simulation.run(EngineBenchmark.CELEBRITY_50M);
            System.out.printf("celebrity 50M push: %.3f s engine, cacheWrites %,d, max %.3f s%n",
                    celeb.elapsedSeconds(), celeb.metrics().cacheWrites(),
                    celeb.metrics().deliveryLatencySeconds().max());
            Report pull = Simulation.run(EngineBenchmark.PULL_20K_200);
            long t0 = System.nanoTime();
            NaiveDiscreteEventPull.Result naive = NaiveDiscreteEventPull.run(EngineBenchmark.PULL_20K_200);
            double naiveSeconds = (System.nanoTime() - t0) / 1e9;
            Metrics m = pull.metrics();
            System.out.printf("pull hour engine %.3f s (posts %,d checks %,d useful %,d deliveries %,d p50 %.2f)%n",
                    pull.elapsedSeconds(), m.posts(), m.checks(), m.usefulChecks(), m.deliveries(),
                    m.deliveryLatencySeconds().p50());
            System.out.printf("pull hour naive  %.3f s (posts %,d checks %,d useful %,d deliveries %,d p50 %.2f) -> %.0fx%n",
                    naiveSeconds, naive.posts(), naive.checks(), naive.usefulChecks(), naive.deliveries(), naive.p50Seconds(),
                    naiveSeconds / pull.elapsedSeconds());
        }
    }
}
