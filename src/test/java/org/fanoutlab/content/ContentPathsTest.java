package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentPathsTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"../x.png", "a/../../x.png", "..", "/etc/passwd", "\\\\server\\share\\x.png",
            "C:\\x.png", "http://example.com/x.png", "https://example.com/x.png", "file:///etc/passwd",
            "~/x.png", "a\\b.png", " ", "%2e%2e/x.png", "a/%2E%2E/%2e%2e/x.png", "%2Fetc%2Fpasswd", "x%zz.png",
            "x%00.png"})
    void referencesThatCouldLeaveAssetsAreRefusedWithoutTouchingTheDisk(String reference) {
        assertThat(ContentPaths.assetReferenceProblem(reference)).isPresent();
        assertThat(ContentPaths.resolveAsset(temp, reference)).isEmpty();
    }

    @Test
    void aRelativePathInsideAssetsResolvesWhenTheFileExists() throws Exception {
        Files.createDirectories(temp.resolve("diagrams"));
        Files.write(temp.resolve("diagrams/push.png"), new byte[] {1});

        assertThat(ContentPaths.resolveAsset(temp, "diagrams/push.png")).contains(temp.resolve("diagrams/push.png"));
        assertThat(ContentPaths.resolveAsset(temp, "diagrams/pull.png")).isEmpty();
        assertThat(ContentPaths.assetProblem(temp, "diagrams")).isPresent(); // a folder is not an image
    }

    @Test
    void theCodeHostFormDotDotAssetsNamesTheSameFileButNoOtherDotDotPasses() throws Exception {
        Files.write(temp.resolve("push.png"), new byte[] {1});

        assertThat(ContentPaths.resolveAsset(temp, "../assets/push.png")).contains(temp.resolve("push.png"));
        assertThat(ContentPaths.assetProblem(temp, "../assets/../secret.png")).isPresent();
        assertThat(ContentPaths.assetProblem(temp, "../lessons/push.png")).isPresent();
        assertThat(ContentPaths.assetProblem(temp, "../assets/%2e%2e/secret.png")).isPresent();
    }

    @Test
    void aPercentEscapedSpaceNamesTheFileWithTheSpace() throws Exception {
        Files.write(temp.resolve("two words.png"), new byte[] {1});

        assertThat(ContentPaths.resolveAsset(temp, "two%20words.png")).contains(temp.resolve("two words.png"));
        assertThat(ContentPaths.assetProblem(temp, "two%20words.png")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "sub/preset", "/abs", "https://x.org/p", "a\\b", "-dash"})
    void presetsMustBePlainNames(String name) {
        assertThat(ContentPaths.presetNameProblem(name)).isPresent();
    }

    @Test
    void aPlainPresetNameIsFoundInTheScenariosFolder() throws Exception {
        Files.writeString(temp.resolve("pull-every-30s.json"), "{}");

        assertThat(ContentPaths.presetProblem(temp, "pull-every-30s")).isEmpty();
        assertThat(ContentPaths.presetProblem(temp, "push")).contains(
                "no preset 'push': scenarios/push.json does not exist");
    }
}
