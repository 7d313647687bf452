package org.fanoutlab.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void settingsRoundTrip() {
        SettingsStore store = SettingsStore.open(temp, CLOCK);
        store.put("theme", "dark");
        store.put("zoom", "1.25");
        store.put("zoom", "1.5");

        SettingsStore reopened = SettingsStore.open(temp, CLOCK);

        assertThat(reopened.notice()).isEmpty();
        assertThat(reopened.get("theme")).contains("dark");
        assertThat(reopened.get("zoom")).contains("1.5");
        assertThat(reopened.get("missing")).isEmpty();
        assertThat(reopened.all()).containsExactly(java.util.Map.entry("theme", "dark"), java.util.Map.entry("zoom", "1.5"));
        assertThat(store.file()).isEqualTo(temp.resolve("settings.json"));
    }

    @Test
    void aNullValueOrRemoveForgetsTheKey() {
        SettingsStore store = SettingsStore.open(temp, CLOCK);
        store.put("theme", "dark");
        store.put("reducedMotion", "true");

        store.put("theme", null);
        store.remove("reducedMotion");

        assertThat(SettingsStore.open(temp, CLOCK).all()).isEmpty();
    }

    @Test
    void settingsAndProgressLiveSideBySide() throws Exception {
        SettingsStore.open(temp, CLOCK).put("theme", "light");
        ProgressStore.open(temp, CLOCK).markOpened("pull");

        try (var list = Files.list(temp)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("progress.json", "settings.json");
        }
        assertThat(Files.readString(temp.resolve("settings.json"))).contains("\"schemaVersion\" : 1");
    }

    @Test
    void aCorruptSettingsFileIsSetAsideWithANotice() throws Exception {
        Files.writeString(temp.resolve("settings.json"), "[1, 2");

        SettingsStore store = SettingsStore.open(temp, CLOCK);

        Path aside = temp.resolve("settings.json.corrupt-20261124T013000Z");
        assertThat(store.notice()).contains("Your saved settings could not be read, so Fanout Lab is using the "
                + "default settings; the old file is kept as " + aside + ".");
        assertThat(aside).hasContent("[1, 2");
        assertThat(store.all()).isEmpty();
    }

    @Test
    void anUnwritableFolderKeepsSettingsInMemory() throws Exception {
        Path blocked = Files.writeString(temp.resolve("blocked"), "x");

        SettingsStore store = SettingsStore.open(blocked, CLOCK);
        store.put("theme", "dark");

        assertThat(store.get("theme")).contains("dark");
        assertThat(store.notice()).hasValueSatisfying(n -> assertThat(n).startsWith("Fanout Lab cannot save to "));
    }
}
