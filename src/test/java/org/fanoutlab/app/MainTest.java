package org.fanoutlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line others rely on (README.md, "Command line"): names, help, exit codes. Nothing here opens a window. */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsEveryCommandAndOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("run", "check-lessons", "--lesson", "--lab", "--at", "--data-dir",
                "--fps-probe", "--version", "--help");
    }

    @Test
    void versionPrintsTheAppName() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Fanout Lab ");
    }

    @Test
    void unknownOptionIsAUsageErrorWithoutAStackTrace() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("--bogus").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void lessonAndLabTogetherIsAUsageError() {
        assertThat(run("--lesson", "pull", "--lab", "celebrity-push")).isEqualTo(2);
        assertThat(err.toString()).contains("--lesson and --lab");
    }

    @Test
    void fpsProbeRejectsANonsenseTokenCount() {
        assertThat(run("--fps-probe", "0")).isEqualTo(2);
        assertThat(run("--fps-probe", "many")).isEqualTo(2);
    }

    @Test
    void atWithoutALabPresetIsAUsageErrorThatSaysWhatItNeeds() {
        assertThat(run("--at", "60")).isEqualTo(2);
        assertThat(err.toString()).contains("--at needs --lab PRESET").doesNotContain("Exception");
    }

    @Test
    void atRejectsNegativeNonNumericAndPastTheEndMoments() {
        assertThat(run("--lab", "regular-push", "--at", "-5")).isEqualTo(2);
        assertThat(err.toString()).contains("--at takes simulated seconds from 0 on, was -5.0");
        assertThat(run("--lab", "regular-push", "--at", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("soon");
        assertThat(run("--lab", "regular-push", "--at", "NaN")).isEqualTo(2);
        assertThat(run("--lab", "regular-push", "--at", "5000")).isEqualTo(2);
        assertThat(err.toString()).contains("--at 5000 is past the end of regular-push, whose run lasts 3600 s")
                .doesNotContain("\tat ");
    }
}
