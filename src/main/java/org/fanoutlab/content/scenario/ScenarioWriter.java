package org.fanoutlab.content.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneSpec;

/** Writes a {@link Scenario} as pretty JSON in the file format {@link ScenarioReader} reads (round-trips). */
public final class ScenarioWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScenarioWriter() {
    }

    /** The scenario as JSON text, two-space indented, fields in the order of the reader, ending in a newline. */
    public static String toJson(Scenario s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", s.name());
        if (!s.description().isEmpty()) {
            root.put("description", s.description());
        }
        root.put("model", s.model().id());
        putNumber(root, "durationSeconds", s.durationSeconds());
        root.put("seed", s.seed());
        root.put("consumers", s.consumers());
        ArrayNode producers = root.putArray("producers");
        for (Producer p : s.producers()) {
            ObjectNode o = producers.addObject();
            o.put("name", p.name());
            o.put("followers", p.followers());
            putNumber(o, "postsPerHour", p.postsPerHour());
            o.put("schedule", p.schedule().id());
        }
        putNumber(root, "pollIntervalSeconds", s.pollIntervalSeconds());
        root.put("celebrityThreshold", s.celebrityThreshold());
        putNumber(root, "fanoutWritesPerSecond", s.fanoutWritesPerSecond());
        root.put("cacheCapacity", s.cacheCapacity());
        if (!s.lanes().isEmpty()) {
            ArrayNode lanes = root.putArray("lanes");
            for (LaneSpec l : s.lanes()) {
                ObjectNode o = lanes.addObject();
                o.put("name", l.name());
                o.put("type", l.type().id());
                for (LaneParam p : l.type().params()) {
                    putNumber(o, p.id(), l.get(p));
                }
                if (l.type().hasOnFull()) {
                    o.put("onFull", l.onFull().id());
                }
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root).replace("\" : ", "\": ") + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes atomically: a temporary file beside {@code file}, then a move over it. */
    public static void write(Scenario s, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".scenario", ".tmp");
        try {
            Files.writeString(tmp, toJson(s), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Whole numbers as integers ({@code 600}, not {@code 600.0}), so files stay as people write them. */
    private static void putNumber(ObjectNode o, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 9e15) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }
}
