package org.fanoutlab.content.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.engine.Scenario;

/**
 * Reads scenario JSON (DESIGN.md §2) and reports every problem with the file's line and column.
 *
 * <p>Two passes: a streaming pass records where every field path starts ({@code producers[0].followers}), then
 * the tree is validated field by field, so that every bad value is reported — not just the first — at the
 * position of the value itself.
 */
public final class ScenarioReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private ScenarioReader() {
    }

    /**
     * @throws ScenarioFileException when the file is not a valid scenario (one problem per bad field)
     * @throws IOException           when the file cannot be read at all
     */
    public static Scenario read(Path file) throws IOException, ScenarioFileException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioFileException(List.of(new FileProblem(name, 1, 1,
                    "not a text file (expected UTF-8 JSON, found binary data)")));
        }
        return parse(text, name);
    }

    /** Same as {@link #read(Path)} for text already in memory; {@code sourceName} is used in problems. */
    public static Scenario parse(String json, String sourceName) throws ScenarioFileException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.isBlank()) {
            throw new ScenarioFileException(List.of(new FileProblem(sourceName, 1, 1,
                    "file is empty (expected a JSON object describing a scenario)")));
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ScenarioFileException(List.of(new FileProblem(sourceName, lineOf(text, nul),
                    columnOf(text, nul), "not a text file (expected UTF-8 JSON, found binary data)")));
        }
        Map<String, JsonLocation> locations = new HashMap<>();
        JsonNode root;
        try {
            try (JsonParser p = FACTORY.createParser(text)) {
                if (p.nextToken() != null) {
                    walk(p, "", locations);
                }
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    JsonLocation at = p.currentTokenLocation();
                    throw new ScenarioFileException(List.of(new FileProblem(sourceName, at.getLineNr(),
                            at.getColumnNr(), "unexpected content after the end of the scenario object")));
                }
            }
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new ScenarioFileException(List.of(new FileProblem(sourceName, line, column,
                    "malformed JSON: " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new ScenarioFileException(List.of(new FileProblem(sourceName, 1, 1,
                    "cannot parse: " + firstLine(e.getMessage()))));
        }
        ScenarioValidator validator = new ScenarioValidator(sourceName, locations);
        return validator.validate(root);
    }

    /** Records the location of every value under {@code path}; the parser is on the value's first token. */
    private static void walk(JsonParser p, String path, Map<String, JsonLocation> locations) throws IOException {
        locations.put(path, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String child = path.isEmpty() ? field : path + "." + field;
                locations.put(child + "#name", p.currentTokenLocation());
                p.nextToken();
                walk(p, child, locations);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                walk(p, path + "[" + i + "]", locations);
                i++;
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(String text, int index) {
        int nl = text.lastIndexOf('\n', index - 1);
        return index - nl;
    }
}
