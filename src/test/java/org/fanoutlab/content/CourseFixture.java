package org.fanoutlab.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fanoutlab.content.problem.FileProblem;

/** A throw-away repository layout (lessons/, lessons/scenarios/, assets/) in a temp folder. */
final class CourseFixture {
    static final String FRONT = "---\nid: %s\ntitle: \"Lesson %s\"\nsummary: A lesson for tests.\n---\n";

    /** A preset with two delivery lanes, "SSE stream" and "poll every 10 s", over 7,200 s. */
    static final String LANES_PRESET = """
            {
              "name": "Two lanes",
              "model": "push",
              "durationSeconds": 7200,
              "seed": 5,
              "consumers": 2,
              "producers": [
                { "name": "scores", "followers": 2, "postsPerHour": 60, "schedule": "poisson" }
              ],
              "lanes": [
                { "name": "SSE stream", "type": "server-push", "roundTripSeconds": 0.1, "reconnectDelaySeconds": 3, "dropsPerHour": 4 },
                { "name": "poll every 10 s", "type": "short-poll", "intervalSeconds": 10 }
              ]
            }
            """;

    /** A scenario the engine's reader accepts (docs/architecture.md, "Scenario files"): one consumer polling an hourly producer. */
    static final String TINY_PRESET = """
            {
              "name": "Tiny pull",
              "model": "pull",
              "durationSeconds": 3600,
              "seed": 1,
              "consumers": 1,
              "producers": [
                { "name": "hourly", "followers": 1, "postsPerHour": 1, "schedule": "uniform" }
              ],
              "pollIntervalSeconds": 30,
              "celebrityThreshold": 1000000,
              "fanoutWritesPerSecond": 0,
              "cacheCapacity": 100
            }
            """;

    final Path root;
    final Path lessons;
    final Path scenarios;
    final Path assets;

    CourseFixture(Path root) {
        this.root = root;
        this.lessons = root.resolve("lessons");
        this.scenarios = lessons.resolve("scenarios");
        this.assets = root.resolve("assets");
        try {
            Files.createDirectories(scenarios);
            Files.createDirectories(assets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CourseFixture lesson(String fileName, String text) {
        return write(lessons.resolve(fileName), text.getBytes(StandardCharsets.UTF_8));
    }

    /** A lesson with front matter (lines 1-5) and then {@code body} from line 6. */
    CourseFixture lessonWithBody(String fileName, String id, String body) {
        return lesson(fileName, FRONT.formatted(id, id) + body);
    }

    /**
     * A lesson whose only quiz fence is on line 8, so YAML line k of {@code yamlLines} is lesson line 8 + k.
     */
    CourseFixture quizLesson(String fileName, String... yamlLines) {
        return lessonWithBody(fileName, fileName.replace(".md", ""),
                "Intro.\n\n```quiz\n" + String.join("\n", yamlLines) + "\n```\n");
    }

    /** A lesson whose only lab fence is on line 8, so YAML line k is lesson line 8 + k. */
    CourseFixture labLesson(String fileName, String... yamlLines) {
        return lessonWithBody(fileName, fileName.replace(".md", ""),
                "Intro.\n\n```lab\n" + String.join("\n", yamlLines) + "\n```\n");
    }

    CourseFixture bytes(String fileName, byte[] bytes) {
        return write(lessons.resolve(fileName), bytes);
    }

    CourseFixture preset(String name) {
        return preset(name, TINY_PRESET);
    }

    CourseFixture preset(String name, String json) {
        return write(scenarios.resolve(name + ".json"), json.getBytes(StandardCharsets.UTF_8));
    }

    CourseFixture asset(String relative) {
        return write(assets.resolve(relative), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    Course load() {
        return CourseLoader.load(lessons);
    }

    /** The problems {@link #load()} reports, in {@code file:line:column: message} form, for one lesson file. */
    List<String> problemsIn(String fileName) {
        return load().problems().stream()
                .filter(p -> p.file().endsWith(fileName))
                .map(FileProblem::toString)
                .toList();
    }

    String shown(String fileName) {
        return lessons.resolve(fileName).toString();
    }

    private CourseFixture write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
