package org.fanoutlab.progress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One JSON file in the data folder, shared by {@link ProgressStore} and {@link SettingsStore}: read once at
 * start, written whole and atomically (temp file in the same folder, then a move), so a crash or a full disk
 * leaves either the old file or the new one, never half of each. A file that cannot be read is moved aside and
 * kept, never overwritten; when the folder cannot be written the stores keep working in memory. Nothing here
 * throws: losing a setting must never stop the app. Not thread-safe; the stores lock around it.
 *
 * @param <T> the file's DTO record; its first component is {@code int schemaVersion}
 */
final class SafeJsonFile<T> {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A newer app may add fields; an older one reading them back should not throw the learner's work away.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Temp files older than this are left over from a crash; younger ones may belong to another running app. */
    private static final Duration STALE_TEMP = Duration.ofMinutes(10);

    private final Path dataDir;
    private final Path file;
    private final Class<T> type;
    private final String what;
    private final String fallback;
    private final Clock clock;
    private final List<String> notices = new ArrayList<>();
    private boolean writable = true;
    private boolean saveFailureTold;
    private Consumer<String> laterNotices = message -> { };

    /**
     * @param what     how the learner calls the content, e.g. "progress"
     * @param fallback what the app does instead, e.g. "started with empty progress"
     */
    SafeJsonFile(Path dataDir, String fileName, Class<T> type, String what, String fallback, Clock clock) {
        this.dataDir = dataDir;
        this.file = dataDir.resolve(fileName);
        this.type = type;
        this.what = what;
        this.fallback = fallback;
        this.clock = clock;
        prepareFolder();
    }

    Path file() {
        return file;
    }

    /** Told of each notice that arises after start-up (a save that failed), so the learner hears of it at once. */
    void onLaterNotice(Consumer<String> listener) {
        laterNotices = listener == null ? message -> { } : listener;
    }

    /** Every notice so far, joined; empty when all is well. */
    Optional<String> notice() {
        return notices.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notices));
    }

    /**
     * The file's content turned into the store's state by {@code toState}; empty when there is no file yet or it
     * could not be read (then set aside, with a notice). {@code toState} may throw to reject content that parses
     * but makes no sense (a bad timestamp, say): that counts as unreadable too.
     */
    <R> Optional<R> load(Function<T, R> toState) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // Not a content problem (permissions, a folder in its place): leave the file alone and don't overwrite it.
            writable = false;
            notices.add("Fanout Lab cannot open your saved " + what + " at " + file + " (" + reason(e) + "), so it "
                    + fallback + " and will not save changes this time.");
            return Optional.empty();
        }
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            int version = tree.path("schemaVersion").asInt(-1);
            if (version != SCHEMA_VERSION) {
                throw new IllegalArgumentException("schemaVersion " + tree.path("schemaVersion") + " is not "
                        + SCHEMA_VERSION);
            }
            return Optional.ofNullable(toState.apply(MAPPER.treeToValue(tree, type)));
        } catch (IOException | RuntimeException e) {
            setAside();
            return Optional.empty();
        }
    }

    /** Writes {@code content} atomically; on failure the store keeps its state in memory and tells the learner. */
    void save(T content) {
        if (!writable) {
            return;
        }
        Path temp = null;
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(content);
            temp = Files.createTempFile(dataDir, file.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true); // on disk before the rename makes it the real file
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            if (!saveFailureTold) {
                saveFailureTold = true;
                String message = "Fanout Lab could not save your " + what + " in " + dataDir + " (" + reason(e)
                        + "); changes are kept only until you close the app.";
                notices.add(message);
                laterNotices.accept(message);
            }
        } finally {
            deleteQuietly(temp);
        }
    }

    private void prepareFolder() {
        try {
            Files.createDirectories(dataDir);
            // Probe now, so an unwritable folder is told at start rather than at the first answer.
            Path probe = Files.createTempFile(dataDir, file.getFileName() + ".", ".tmp");
            Files.delete(probe);
            removeStaleTemps();
        } catch (IOException | RuntimeException e) {
            writable = false;
            notices.add("Fanout Lab cannot save to " + dataDir + " (" + reason(e) + "), so your " + what
                    + " will last only until you close the app.");
        }
    }

    private void removeStaleTemps() throws IOException {
        String prefix = file.getFileName() + ".";
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dataDir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && !n.contains(".corrupt-");
        })) {
            for (Path temp : temps) {
                try {
                    if (Files.getLastModifiedTime(temp).toInstant().isBefore(clock.instant().minus(STALE_TEMP))) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException e) {
                    // a temp file we cannot remove harms nothing; the real file is untouched
                }
            }
        }
    }

    private void setAside() {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        Path target = dataDir.resolve(base);
        for (int n = 2; Files.exists(target); n++) {
            target = dataDir.resolve(base + "-" + n);
        }
        try {
            Files.move(file, target);
            notices.add("Your saved " + what + " could not be read, so Fanout Lab " + fallback
                    + "; the old file is kept as " + target + ".");
        } catch (IOException | RuntimeException e) {
            // If it cannot be kept aside, overwriting it would destroy the only copy: stay in memory instead.
            writable = false;
            notices.add("Your saved " + what + " at " + file + " could not be read or set aside (" + reason(e)
                    + "), so Fanout Lab " + fallback + " and will not save changes this time.");
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more to do: a stray temp file is removed at a later start
        }
    }

    /** A few plain words; a bare path, which is all many file-system exceptions say, tells the learner nothing. */
    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "a folder on the way is missing";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
