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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.engine.Limits;
import org.fanoutlab.engine.RunBudget;
import org.fanoutlab.engine.Scenario;

/**
 * Reads scenario JSON (docs/decisions/0002-engine-semantics.md) and reports every problem with the file's line
 * and column.
 *
 * <p>A quick streaming pass first checks the JSON and counts the producers (a file naming more than
 * {@link Limits#MAX_PRODUCERS} is refused before anything big is built). Then the tree is validated field by
 * field, so that every bad value is reported — not just the first — and a valid scenario is checked against the
 * engine's {@link RunBudget}: a run that would take too long or too much memory is refused here, naming the
 * fields to change. Only when there are problems does a last streaming pass find where their fields are.
 */
public final class ScenarioReader {
    /** A scenario at the producer limit with long names stays well below this. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private ScenarioReader() {
    }

    /**
     * @throws ScenarioFileException when the file is not a valid scenario (one problem per bad field), or is one
     *                               the engine would refuse to run ({@link RunBudget})
     * @throws IOException           when the file cannot be read at all
     */
    public static Scenario read(Path file) throws IOException, ScenarioFileException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioFileException(List.of(new FileProblem(name, 0, 0,
                    "is a directory, not a scenario file (give a .json file inside it)")));
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new ScenarioFileException(List.of(new FileProblem(name, 1, 1, String.format(Locale.ROOT,
                    "file is too large (%,d bytes); a scenario file is at most %,d bytes", size, MAX_FILE_BYTES))));
        }
        byte[] bytes = Files.readAllBytes(file);
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
        JsonNode root;
        try {
            FileProblem tooMany = checkSyntaxAndCount(text, sourceName);
            if (tooMany != null) {
                throw new ScenarioFileException(List.of(tooMany));
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
        ScenarioValidator validator = new ScenarioValidator();
        Scenario scenario = validator.validate(root);
        List<ScenarioValidator.Pending> problems = new ArrayList<>(validator.problems());
        if (scenario != null) {
            for (RunBudget.Problem p : RunBudget.check(scenario)) {
                problems.add(new ScenarioValidator.Pending(p.field(), p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(locate(text, sourceName, problems));
        }
        return scenario;
    }

    /**
     * Reads the whole text once without building anything: malformed JSON throws with its position, and a
     * producers list longer than the limit comes back as a problem at that list.
     */
    private static FileProblem checkSyntaxAndCount(String text, String sourceName) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("producers") && value == JsonToken.START_ARRAY) {
                        JsonLocation at = p.currentTokenLocation();
                        long count = 0;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            count++;
                            p.skipChildren();
                        }
                        if (count > Limits.MAX_PRODUCERS) {
                            return new FileProblem(sourceName, at.getLineNr(), at.getColumnNr(),
                                    ScenarioValidator.tooManyProducers(count));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (first != null) {
                p.skipChildren();
            }
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation at = p.currentTokenLocation();
                return new FileProblem(sourceName, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the scenario object");
            }
        }
        return null;
    }

    /** Places each problem at its field, or at the closest enclosing value present in the file. */
    private static List<FileProblem> locate(String text, String sourceName, List<ScenarioValidator.Pending> pending) {
        Set<String> wanted = new HashSet<>();
        for (ScenarioValidator.Pending p : pending) {
            for (String path = p.path(); ; path = parent(path)) {
                wanted.add(path);
                if (path.isEmpty()) {
                    break;
                }
            }
        }
        Map<String, JsonLocation> found = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() != null) {
                walk(parser, "", wanted, found);
            }
        } catch (IOException e) {
            // the text parsed once already; whatever was found before an error is still worth showing
        }
        List<FileProblem> out = new ArrayList<>();
        for (ScenarioValidator.Pending p : pending) {
            String path = p.path();
            while (!found.containsKey(path) && !path.isEmpty()) {
                path = parent(path);
            }
            JsonLocation at = found.get(path);
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            out.add(new FileProblem(sourceName, line, column, p.message()));
        }
        return out;
    }

    /** {@code producers[2].followers} → {@code producers[2]} → {@code producers} → {@code ""}. */
    private static String parent(String path) {
        String p = path.endsWith("#name") ? path.substring(0, path.length() - "#name".length()) : path;
        if (!p.equals(path)) {
            return p;
        }
        int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        return cut < 0 ? "" : p.substring(0, cut);
    }

    /** Records where each wanted path starts; the parser is on the value's first token. */
    private static void walk(JsonParser p, String path, Set<String> wanted, Map<String, JsonLocation> found)
            throws IOException {
        if (wanted.contains(path)) {
            found.put(path, p.currentTokenLocation());
        }
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String child = path.isEmpty() ? field : path + "." + field;
                if (wanted.contains(child + "#name")) {
                    found.put(child + "#name", p.currentTokenLocation());
                }
                p.nextToken();
                walk(p, child, wanted, found);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                walk(p, path + "[" + i + "]", wanted, found);
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
