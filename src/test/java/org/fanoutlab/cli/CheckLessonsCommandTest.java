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
        assertThat(out.toString()).isEqualTo("2 lessons, 2 quizzes, 0 presets: clean" + System.lineSeparator());
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
        assertThat(out.toString()).isEqualTo("1 lesson, 0 quizzes, 0 presets: 2 problems" + System.lineSeparator());
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
        assertThat(out.toString()).isEqualTo("0 lessons, 0 quizzes, 0 presets: 3 problems" + System.lineSeparator());
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
        assertThat(out.toString()).isEqualTo("1 lesson, 0 quizzes, 2 presets: 1 problem" + System.lineSeparator());
    }
}
