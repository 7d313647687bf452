package org.fanoutlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckLessonsCommandTest {
    private static final String FRONT = "---\nid: %s\ntitle: T\nsummary: S\n---\n";
    private static final String QUIZ = "```quiz\nid: %s\ntype: true-false\nprompt: P\nanswer: true\nwhenTrue: Y\n"
            + "whenFalse: N\nhint: H\nexplain: E\n```\n";

    @TempDir
    Path temp;
    Path lessons;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        lessons = Files.createDirectories(temp.resolve("lessons"));
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CheckLessonsCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private void lesson(String file, String text) throws Exception {
        Files.writeString(lessons.resolve(file), text);
    }

    @Test
    void aCleanFolderExitsZeroWithASummaryAndNothingOnStderr() throws Exception {
        lesson("01-a.md", FRONT.formatted("a") + QUIZ.formatted("q1") + QUIZ.formatted("q2"));
        lesson("02-b.md", FRONT.formatted("b") + "Text only.\n");

        int exit = run(lessons.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("2 lessons, 2 quizzes, 0 checkpoints, 0 presets: clean" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void problemsGoToStderrAsFileLineColumnAndExitOne() throws Exception {
        lesson("01-a.md", FRONT.formatted("a") + "Intro.\n\n" + QUIZ.formatted("q1").replace("hint: H\n", ""));
        lesson("02-b.md", FRONT.formatted("b") + "![x](../up.png)\n");
        lesson("03-c.md", FRONT.formatted("c") + "Fine.\n");
        // Relative to the working directory, the way an author types it.
        Path given = Path.of("").toAbsolutePath().relativize(lessons);

        int exit = run(given.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                given.resolve("01-a.md") + ":8:1: quiz 'q1': missing 'hint'",
                given.resolve("02-b.md") + ":6:1: image '../up.png' leaves assets/ ('..' is not allowed)");
        assertThat(out.toString()).isEqualTo("1 lesson, 0 quizzes, 0 checkpoints, 0 presets: 2 problems" + System.lineSeparator());
    }

    @Test
    void aMissingFolderIsAUsageErrorWithExitTwo() {
        Path nowhere = temp.resolve("nowhere");

        int exit = run(nowhere.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("check-lessons: " + nowhere + ": no such folder" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileGivenInsteadOfAFolderIsAUsageError() throws Exception {
        lesson("01-a.md", FRONT.formatted("a"));

        assertThat(run(lessons.resolve("01-a.md").toString())).isEqualTo(2);
    }

    @Test
    void brokenFilesNeverPrintAStackTrace() throws Exception {
        Files.write(lessons.resolve("01-bin.md"), new byte[] {0, 1, 2, (byte) 0xFF});
        lesson("02-yaml.md", FRONT.formatted("y") + "```quiz\n\t- : : [\n```\n");
        lesson("03-open.md", "---\n");

        int exit = run(lessons.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(3).allSatisfy(line -> assertThat(line).matches(".+:\\d+:\\d+: .+"));
        assertThat(out.toString()).isEqualTo("0 lessons, 0 quizzes, 0 checkpoints, 0 presets: 3 problems" + System.lineSeparator());
    }

    @Test
    void theFolderDefaultsToLessons() {
        CommandLine cli = new CommandLine(new CheckLessonsCommand());

        assertThat(cli.getCommandName()).isEqualTo("check-lessons");
        assertThat(cli.getCommandSpec().positionalParameters().get(0).defaultValue()).isEqualTo("lessons");
    }

    @Test
    void tooManyArgumentsIsAUsageError() {
        assertThat(run("a", "b")).isEqualTo(2);
        assertThat(err.toString()).isNotEmpty().doesNotContain("\tat ");
    }

    @Test
    void presetsAreCountedAndChecked() throws Exception {
        String preset = """
                {
                  "name": "Tiny", "model": "push", "durationSeconds": 60, "seed": 1, "consumers": 2,
                  "producers": [ { "name": "p", "followers": 2, "postsPerHour": 60, "schedule": "uniform" } ],
                  "pollIntervalSeconds": 30, "celebrityThreshold": 10, "fanoutWritesPerSecond": 0,
                  "cacheCapacity": 10
                }
                """;
        Path scenarios = Files.createDirectories(lessons.resolve("scenarios"));
        Files.writeString(scenarios.resolve("tiny.json"), preset);
        Files.writeString(scenarios.resolve("bad.json"), preset.replace("\"consumers\": 2", "\"consumers\": -2"));
        lesson("01-a.md", FRONT.formatted("a") + "```lab\npreset: tiny\n```\n");

        int exit = run(lessons.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith(scenarios.resolve("bad.json") + ":2:").contains("consumers");
        assertThat(out.toString()).isEqualTo("1 lesson, 0 quizzes, 0 checkpoints, 2 presets: 1 problem" + System.lineSeparator());
    }

    @Test
    void anUnknownFencedBlockIsAProblemAtItsFenceNotACodeSample() throws Exception {
        lesson("01-a.md", FRONT.formatted("a") + "Intro.\n\n```quizz\nid: q1\ntype: single\n```\n\n```text\nGET /feed\n```\n");

        int exit = run(lessons.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(lessons.resolve("01-a.md") + ":8:4: unknown block 'quizz': "
                + "a lesson embeds lab or quiz blocks, and a code sample names a language (text, json, http, \u2026) or none");
        assertThat(out.toString()).isEqualTo("0 lessons, 0 quizzes, 0 checkpoints, 0 presets: 1 problem"
                + System.lineSeparator());
    }

    @Test
    void checkpointsAndTheirQuizzesAreCountedAndNewQuizTypesAreChecked() throws Exception {
        Path scenarios = Files.createDirectories(lessons.resolve("scenarios"));
        Files.writeString(scenarios.resolve("tiny.json"), """
                {
                  "name": "Tiny", "model": "push", "durationSeconds": 60, "seed": 1, "consumers": 2,
                  "producers": [ { "name": "p", "followers": 2, "postsPerHour": 60, "schedule": "uniform" } ],
                  "pollIntervalSeconds": 30, "celebrityThreshold": 10, "fanoutWritesPerSecond": 0,
                  "cacheCapacity": 10
                }
                """);
        lesson("01-a.md", FRONT.formatted("a") + """
                ```lab
                preset: tiny
                checkpoints:
                  - at: 10
                    focus: fanout
                    say: "Each post becomes two writes."
                  - at: 20
                    ask:
                      id: cp-steps
                      type: order
                      prompt: "Order a push."
                      steps:
                        - text: "Store the post"
                          feedback: "It is kept once."
                        - text: "Queue the writes"
                          feedback: "One per follower."
                        - text: "Write the caches"
                          feedback: "Readers find it there."
                      hint: H
                      explain: E
                ```

                ```quiz
                id: sort
                type: classify
                prompt: "Sort."
                buckets: [Push, Pull]
                items:
                  - text: APNs
                    bucket: Push
                    feedback: F
                  - text: RSS
                    bucket: Pull
                    feedback: F
                  - text: IMAP IDLE
                    bucket: Pushed
                    feedback: F
                hint: H
                explain: E
                ```
                """);

        int exit = run(lessons.toString());

        assertThat(err.toString().lines()).containsExactly(lessons.resolve("01-a.md") + ":41:5: quiz 'sort': "
                + "item 3: bucket 'Pushed' is not one of the buckets (Push, Pull)");
        assertThat(exit).isEqualTo(1);

        Files.writeString(lessons.resolve("01-a.md"), Files.readString(lessons.resolve("01-a.md"))
                .replace("bucket: Pushed", "bucket: Push"));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        assertThat(run(lessons.toString())).isZero();
        assertThat(out.toString()).isEqualTo("1 lesson, 2 quizzes, 2 checkpoints, 1 preset: clean" + System.lineSeparator());
    }
}
