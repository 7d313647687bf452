package org.fanoutlab.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.fanoutlab.progress.ProgressStore.ReadingPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-24T01:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path dataDir() {
        return temp.resolve("data");
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void answersSurviveReopening() {
        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);
        store.recordAnswer("pull", "pull-wasted", "100", false);
        store.recordAnswer("pull", "pull-wasted", "119", true);
        store.recordAnswer("push", "push-writes", "B", false);

        ProgressStore reopened = ProgressStore.open(dataDir(), CLOCK);

        assertThat(reopened.notice()).isEmpty();
        assertThat(reopened.lastAnswer("pull-wasted"))
                .contains(new AnswerRecord("pull", "pull-wasted", "119", true, 2, NOW));
        assertThat(reopened.answers()).containsOnlyKeys("pull-wasted", "push-writes");
        assertThat(reopened.lastAnswer("nothing")).isEmpty();
    }

    @Test
    void theFileIsVersionedJsonInTheDataFolder() throws Exception {
        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);
        store.recordAnswer("pull", "q", "A", true);

        JsonNode json = new ObjectMapper().readTree(dataDir().resolve("progress.json").toFile());

        assertThat(store.file()).isEqualTo(dataDir().resolve("progress.json"));
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/answers/q/at").asText()).isEqualTo("2026-11-24T01:30:00Z");
    }

    @Test
    void writesLeaveNoTempFileBehindAndNothingOutsideTheDataFolder() throws Exception {
        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);
        for (int i = 0; i < 20; i++) {
            store.recordAnswer("l", "q" + i, "A", true);
        }
        store.markOpened("l");
        store.savePosition(new ReadingPosition("l", 0.5));

        assertThat(files(dataDir())).containsExactly("progress.json");
        assertThat(files(temp)).containsExactly("data");
    }

    @Test
    void theDataFolderIsCreatedWhenMissing() {
        Path nested = temp.resolve("a/b/c");

        ProgressStore store = ProgressStore.open(nested, CLOCK);
        store.markOpened("l");

        assertThat(nested.resolve("progress.json")).isRegularFile();
        assertThat(store.notice()).isEmpty();
    }

    @Test
    void aCorruptFileIsSetAsideAndKeptAndTheStoreStartsEmpty() throws Exception {
        Files.createDirectories(dataDir());
        Files.writeString(dataDir().resolve("progress.json"), "{\"schemaVersion\": 1, \"answers\": {");

        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);

        Path aside = dataDir().resolve("progress.json.corrupt-20261124T013000Z");
        assertThat(aside).hasContent("{\"schemaVersion\": 1, \"answers\": {");
        assertThat(store.notice()).contains("Your saved progress could not be read, so Fanout Lab started with "
                + "empty progress; the old file is kept as " + aside + ".");
        assertThat(store.answers()).isEmpty();
        store.recordAnswer("l", "q", "A", true);
        assertThat(ProgressStore.open(dataDir(), CLOCK).answers()).containsOnlyKeys("q");
        assertThat(aside).exists();
    }

    @Test
    void anUnknownSchemaVersionIsSetAsideToo() throws Exception {
        Files.createDirectories(dataDir());
        Files.writeString(dataDir().resolve("progress.json"), "{\"schemaVersion\": 2, \"answers\": {}}");

        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);

        assertThat(store.notice()).isPresent();
        assertThat(files(dataDir())).containsExactly("progress.json.corrupt-20261124T013000Z");
    }

    @Test
    void jsonThatParsesButIsNotProgressIsSetAside() throws Exception {
        Files.createDirectories(dataDir());
        Files.writeString(dataDir().resolve("progress.json"), """
                {"schemaVersion": 1, "answers": {"q": {"lessonId": "l", "answer": "A", "correct": true,
                 "attempts": 1, "at": "yesterday"}}}""");

        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);

        assertThat(store.notice()).isPresent();
        assertThat(store.answers()).isEmpty();
    }

    @Test
    void aSecondCorruptFileInTheSameSecondDoesNotReplaceTheFirst() throws Exception {
        Files.createDirectories(dataDir());
        Files.writeString(dataDir().resolve("progress.json"), "first");
        ProgressStore.open(dataDir(), CLOCK);
        Files.writeString(dataDir().resolve("progress.json"), "second");

        ProgressStore.open(dataDir(), CLOCK);

        assertThat(dataDir().resolve("progress.json.corrupt-20261124T013000Z")).hasContent("first");
        assertThat(dataDir().resolve("progress.json.corrupt-20261124T013000Z-2")).hasContent("second");
    }

    @Test
    void anUnwritableDataFolderGivesANoticeAndTheStoreWorksInMemory() throws Exception {
        Path blocked = temp.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");

        ProgressStore store = ProgressStore.open(blocked, CLOCK);
        store.recordAnswer("l", "q", "A", true);
        store.markDone("l");

        assertThat(store.notice()).contains("Fanout Lab cannot save to " + blocked
                + " (a file is in the way), so your progress will last only until you close the app.");
        assertThat(store.lastAnswer("q")).isPresent();
        assertThat(store.status("l", 1)).isEqualTo(LessonStatus.DONE);
        assertThat(blocked).hasContent("a file where the folder should be");
    }

    @Test
    void aCrashLeftoverTempFileIsRemovedButAFreshOneIsLeftForItsWriter() throws Exception {
        Files.createDirectories(dataDir());
        Path stale = Files.writeString(dataDir().resolve("progress.json.123.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(NOW.minusSeconds(3600)));
        Path fresh = Files.writeString(dataDir().resolve("progress.json.456.tmp"), "in flight");
        Files.setLastModifiedTime(fresh, FileTime.from(NOW.minusSeconds(5)));

        ProgressStore.open(dataDir(), CLOCK);

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void statusFollowsOpeningAnsweringAndFinishing() {
        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);
        assertThat(store.status("pull", 2)).isEqualTo(LessonStatus.NOT_STARTED);

        store.markOpened("pull");
        assertThat(store.status("pull", 2)).isEqualTo(LessonStatus.IN_PROGRESS);

        store.recordAnswer("pull", "q1", "A", true);
        assertThat(store.status("pull", 2)).isEqualTo(LessonStatus.IN_PROGRESS);

        store.recordAnswer("pull", "q2", "B", true);
        assertThat(store.status("pull", 2)).isEqualTo(LessonStatus.DONE);

        store.recordAnswer("pull", "q2", "C", false); // the latest answer counts
        assertThat(store.status("pull", 2)).isEqualTo(LessonStatus.IN_PROGRESS);

        assertThat(store.status("push", 1)).isEqualTo(LessonStatus.NOT_STARTED); // other lessons untouched
    }

    @Test
    void answeringWithoutOpeningIsInProgressAndMarkingDoneIsDoneForGood() {
        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);
        store.recordAnswer("push", "q", "A", false);
        assertThat(store.status("push", 3)).isEqualTo(LessonStatus.IN_PROGRESS);

        store.markDone("push");

        assertThat(store.status("push", 3)).isEqualTo(LessonStatus.DONE);
        assertThat(ProgressStore.open(dataDir(), CLOCK).status("push", 3)).isEqualTo(LessonStatus.DONE);
    }

    @Test
    void aLessonWithoutQuizzesIsDoneOnlyWhenMarked() {
        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);
        store.markOpened("intro");

        assertThat(store.status("intro", 0)).isEqualTo(LessonStatus.IN_PROGRESS);
    }

    @Test
    void theReadingPositionIsKeptAndClamped() {
        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);
        assertThat(store.position()).isEmpty();

        store.savePosition(new ReadingPosition("pull", 0.4));
        assertThat(ProgressStore.open(dataDir(), CLOCK).position()).contains(new ReadingPosition("pull", 0.4));

        store.savePosition(new ReadingPosition("pull", 7));
        assertThat(store.position()).contains(new ReadingPosition("pull", 1));
        store.savePosition(new ReadingPosition("pull", Double.NaN));
        assertThat(store.position()).contains(new ReadingPosition("pull", 0));
    }

    @Test
    void resetForgetsEverythingAndRewritesTheFile() throws Exception {
        ProgressStore store = ProgressStore.open(dataDir(), CLOCK);
        store.recordAnswer("pull", "q", "A", true);
        store.markDone("pull");
        store.savePosition(new ReadingPosition("pull", 0.3));

        store.reset();

        assertThat(store.answers()).isEmpty();
        assertThat(store.status("pull", 1)).isEqualTo(LessonStatus.NOT_STARTED);
        assertThat(store.position()).isEmpty();
        assertThat(dataDir().resolve("progress.json")).exists();
        ProgressStore reopened = ProgressStore.open(dataDir(), CLOCK);
        assertThat(reopened.answers()).isEmpty();
        assertThat(reopened.status("pull", 1)).isEqualTo(LessonStatus.NOT_STARTED);
    }

    @Test
    void concurrentWritesFromManyThreadsAllLandInAReadableFile() throws Exception {
        ProgressStore store = ProgressStore.open(dataDir());
        int threads = 8;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        store.recordAnswer("l" + thread, "q" + thread + "-" + i, "A", i % 2 == 0);
                        store.status("l" + thread, each);
                        store.answers();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        ProgressStore reopened = ProgressStore.open(dataDir());
        assertThat(reopened.notice()).isEmpty();
        assertThat(reopened.answers()).hasSize(threads * each);
        assertThat(files(dataDir())).containsExactly("progress.json");
    }

    @Test
    void aSaveThatFailsMidSessionIsToldToTheListenerAtOnceAndTheAnswerStaysInMemory() throws Exception {
        java.nio.file.Path dir = dataDir();
        ProgressStore store = ProgressStore.open(dir);
        java.util.List<String> told = new java.util.ArrayList<>();
        store.onLaterNotice(n -> told.add(n.toString()));
        // A folder where the file should go makes the atomic move fail, as a full or broken disk would.
        java.nio.file.Files.deleteIfExists(dir.resolve("progress.json"));
        java.nio.file.Files.createDirectories(dir.resolve("progress.json").resolve("blocker"));

        store.recordAnswer("pull", "pull-wasted", "119", true);
        store.recordAnswer("pull", "pull-other", "2", false);

        assertThat(told).hasSize(1);
        assertThat(told.get(0)).contains("could not save your progress").contains(dir.toString());
        assertThat(store.lastAnswer("pull-wasted")).map(AnswerRecord::answer).contains("119");
        assertThat(store.notice()).isPresent();
    }
}
