package org.fanoutlab.ui.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;

/** Small scenarios and preset folders for the lab's tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Scenario twoProducers(Model model) {
        return new Scenario("two", "a test workload", model, 3600, 7, 10_000,
                List.of(new Producer("star", 10_000, 4, Schedule.UNIFORM),
                        new Producer("friend", 50, 2, Schedule.UNIFORM)),
                30, 5_000, 100_000, 800);
    }

    /** One consumer, one producer posting once an hour, checks every {@code poll} seconds (docs/decisions/0002-engine-semantics.md). */
    public static Scenario hourlyPull(double poll, double durationSeconds) {
        return new Scenario("hourly", "", Model.PULL, durationSeconds, 7, 1,
                List.of(new Producer("p", 1, 1, Schedule.UNIFORM)), poll, 1_000_000, 0, 800);
    }

    public static Metrics metrics(double simSeconds, long cacheWrites) {
        return new Metrics(simSeconds, 1, cacheWrites, cacheWrites, 10, 8, 2, 4, 3, 0, 0, 5,
                new Latency(1, 2, 3, 4, 5), 0, 6, 0, 0, false);
    }

    public static String presetJson(String name, String model, long followers, double poll) {
        return """
                {
                  "name": "%s",
                  "model": "%s",
                  "durationSeconds": 3600,
                  "seed": 7,
                  "consumers": 1000,
                  "producers": [
                    { "name": "p", "followers": %d, "postsPerHour": 1, "schedule": "uniform" }
                  ],
                  "pollIntervalSeconds": %s,
                  "celebrityThreshold": 1000000,
                  "fanoutWritesPerSecond": 0,
                  "cacheCapacity": 800
                }
                """.formatted(name, model, followers, poll);
    }

    public static Path presetDir(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("scenarios"));
        Files.writeString(dir.resolve("a-push.json"), presetJson("A push", "push", 100, 30));
        Files.writeString(dir.resolve("b-pull.json"), presetJson("B pull", "pull", 100, 30));
        Files.writeString(dir.resolve("broken.json"), "{\n  \"name\": \"x\",\n  \"model\": \"sideways\"\n}\n");
        return dir;
    }

    /**
     * A presets folder holding {@code pull-minutely}: one post a minute to 1,000 followers who check every 30 s, so
     * about one empty check per useful one, for a day.
     */
    public static Path pullMinutelyDir(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Files.writeString(dir.resolve("pull-minutely.json"), """
                {
                  "name": "Minutely posts, pull",
                  "model": "pull",
                  "durationSeconds": 86400,
                  "seed": 7,
                  "consumers": 1000,
                  "producers": [
                    { "name": "ticker", "followers": 1000, "postsPerHour": 60, "schedule": "uniform" }
                  ],
                  "pollIntervalSeconds": 30,
                  "celebrityThreshold": 1000000,
                  "fanoutWritesPerSecond": 0,
                  "cacheCapacity": 800
                }
                """);
        return dir;
    }
}
