package org.fanoutlab.engine;

import java.util.List;

/** Small scenario builders for the engine tests. */
final class Scenarios {
    private Scenarios() {
    }

    static Producer uniform(String name, long followers, double postsPerHour) {
        return new Producer(name, followers, postsPerHour, Schedule.UNIFORM);
    }

    static Scenario scenario(Model model, double duration, long consumers, double poll, long threshold,
            double rate, int capacity, Producer... producers) {
        return new Scenario("test", "", model, duration, 1, consumers, List.of(producers), poll, threshold,
                rate, capacity);
    }
}
