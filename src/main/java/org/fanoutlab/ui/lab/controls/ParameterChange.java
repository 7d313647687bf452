package org.fanoutlab.ui.lab.controls;

import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;

/**
 * One live change a lab control makes. A change is applied twice: to the running {@link Simulation} (on the
 * engine thread) and to the lab's copy of the {@link Scenario} (so that Save writes what the learner sees).
 * Changes with the same {@link #key()} replace each other while they wait, so a slider drag sends only its
 * latest value.
 */
public sealed interface ParameterChange {
    /** Changes with equal keys overwrite each other while waiting for the engine thread. */
    String key();

    void applyTo(Simulation simulation);

    Scenario applyTo(Scenario scenario);

    record SetModel(Model model) implements ParameterChange {
        public String key() {
            return "model";
        }

        public void applyTo(Simulation s) {
            s.setModel(model);
        }

        public Scenario applyTo(Scenario s) {
            return s.withModel(model);
        }
    }

    record SetPollInterval(double seconds) implements ParameterChange {
        public String key() {
            return "pollIntervalSeconds";
        }

        public void applyTo(Simulation s) {
            s.setPollIntervalSeconds(seconds);
        }

        public Scenario applyTo(Scenario s) {
            return s.withPollIntervalSeconds(seconds);
        }
    }

    record SetCelebrityThreshold(long followers) implements ParameterChange {
        public String key() {
            return "celebrityThreshold";
        }

        public void applyTo(Simulation s) {
            s.setCelebrityThreshold(followers);
        }

        public Scenario applyTo(Scenario s) {
            return s.withCelebrityThreshold(followers);
        }
    }

    /** {@code writesPerSecond} 0 means unlimited, as in scenario files. */
    record SetFanoutRate(double writesPerSecond) implements ParameterChange {
        public String key() {
            return "fanoutWritesPerSecond";
        }

        public void applyTo(Simulation s) {
            s.setFanoutWritesPerSecond(writesPerSecond);
        }

        public Scenario applyTo(Scenario s) {
            return s.withFanoutWritesPerSecond(writesPerSecond);
        }
    }

    record SetCacheCapacity(int entries) implements ParameterChange {
        public String key() {
            return "cacheCapacity";
        }

        public void applyTo(Simulation s) {
            s.setCacheCapacity(entries);
        }

        public Scenario applyTo(Scenario s) {
            return s.withCacheCapacity(entries);
        }
    }

    record SetFollowers(int producer, long followers) implements ParameterChange {
        public String key() {
            return "followers#" + producer;
        }

        public void applyTo(Simulation s) {
            s.setFollowers(producer, followers);
        }

        public Scenario applyTo(Scenario s) {
            return s.withProducer(producer, s.producers().get(producer).withFollowers(followers));
        }
    }

    record SetPostsPerHour(int producer, double postsPerHour) implements ParameterChange {
        public String key() {
            return "postsPerHour#" + producer;
        }

        public void applyTo(Simulation s) {
            s.setPostsPerHour(producer, postsPerHour);
        }

        public Scenario applyTo(Scenario s) {
            return s.withProducer(producer, s.producers().get(producer).withPostsPerHour(postsPerHour));
        }
    }
}
