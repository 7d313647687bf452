package org.fanoutlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetPathsTest {
    @TempDir
    Path dir;

    @Test
    void imagesResolveInsideTheAssetsFolderOnly() throws Exception {
        Path assets = Files.createDirectories(dir.resolve("assets"));
        Files.createDirectories(assets.resolve("fig"));
        Files.writeString(assets.resolve("fig/push.png"), "x");
        Files.writeString(dir.resolve("secret.txt"), "x");

        assertThat(AssetPaths.resolve(assets, "fig/push.png")).contains(assets.resolve("fig/push.png").toAbsolutePath());
        assertThat(AssetPaths.resolve(assets, "fig/push.png#big")).isPresent();
        assertThat(AssetPaths.resolve(assets, "fig/../fig/push.png")).isPresent();
        assertThat(AssetPaths.resolve(assets, "fig/../../secret.txt")).isEmpty();
        assertThat(AssetPaths.resolve(assets, "../assets/../secret.txt")).isEmpty();
        assertThat(AssetPaths.resolve(assets, "../secret.txt")).isEmpty();
        assertThat(AssetPaths.resolve(assets, dir.resolve("secret.txt").toString())).isEmpty();
        assertThat(AssetPaths.resolve(assets, "https://example.org/assets/x.png")).isEmpty();
        assertThat(AssetPaths.resolve(assets, "file:///etc/passwd")).isEmpty();
        assertThat(AssetPaths.resolve(assets, "%zz.png")).isEmpty();
        assertThat(AssetPaths.resolve(assets, "missing.png")).isEmpty();
        assertThat(AssetPaths.resolve(assets, "%2E%2E/secret.txt")).isEmpty();
    }
}
