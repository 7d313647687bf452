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
    private final Clock clock;
    private final List<StoreNotice> notices = new ArrayList<>();
    private boolean writable = true;
    private boolean saveFailureTold;
    private Consumer<StoreNotice> laterNotices = notice -> { };

    /** @param what how the learner calls the content: "progress" or "settings" ({@link StoreNotice#store()}) */
    SafeJsonFile(Path dataDir, String fileName, Class<T> type, String what, Clock clock) {
        this.dataDir = dataDir;
        this.file = dataDir.resolve(fileName);
        this.type = type;
        this.what = what;
        this.clock = clock;
        prepareFolder();
    }

    Path file() {
        return file;
    }

    /** Told of each notice that arises after start-up (a save that failed), so the learner hears of it at once. */
    void onLaterNotice(Consumer<StoreNotice> listener) {
        laterNotices = listener == null ? notice -> { } : listener;
    }

    /** Every notice so far, joined; empty when all is well. */
    Optional<String> notice() {
        return notices.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" ", notices.stream().map(StoreNotice::toString).toList()));
    }

    /** Every notice so far, as facts the app can word in the UI's language. */
    List<StoreNotice> notices() {
        return List.copyOf(notices);
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
            notices.add(notice(StoreNotice.Kind.CANNOT_OPEN, null, e));
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
                StoreNotice notice = notice(StoreNotice.Kind.SAVE_FAILED, null, e);
                notices.add(notice);
                laterNotices.accept(notice);
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
            notices.add(notice(StoreNotice.Kind.CANNOT_WRITE_FOLDER, null, e));
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
            notices.add(notice(StoreNotice.Kind.SET_ASIDE, target, null));
        } catch (IOException | RuntimeException e) {
            // If it cannot be kept aside, overwriting it would destroy the only copy: stay in memory instead.
            writable = false;
            notices.add(notice(StoreNotice.Kind.CANNOT_SET_ASIDE, null, e));
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

    private StoreNotice notice(StoreNotice.Kind kind, Path keptAs, Exception e) {
        if (e == null) {
            return new StoreNotice(kind, what, file, keptAs, StoreNotice.Cause.NONE, "");
        }
        return new StoreNotice(kind, what, file, keptAs, cause(e), detail(e));
    }

    /** Plain words where we have them; a bare path, which is all many file-system exceptions say, tells nothing. */
    private static StoreNotice.Cause cause(Exception e) {
        if (e instanceof NoSuchFileException) {
            return StoreNotice.Cause.FOLDER_MISSING;
        }
        if (e instanceof FileAlreadyExistsException) {
            return StoreNotice.Cause.FILE_IN_THE_WAY;
        }
        if (e instanceof AccessDeniedException) {
            return StoreNotice.Cause.PERMISSION_DENIED;
        }
        return StoreNotice.Cause.OTHER;
    }

    private static String detail(Exception e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
