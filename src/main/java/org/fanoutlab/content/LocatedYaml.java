package org.fanoutlab.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.fanoutlab.content.problem.FileProblem;

/**
 * A YAML block cut out of a lesson file (front matter, a lab or quiz block), parsed with Jackson, that remembers
 * where each key and list item sits in the <em>lesson file</em>. Jackson's tree has no positions, so a
 * streaming pass records them; the block's first line is added so every problem names the lesson's own line.
 */
final class LocatedYaml {
    /** Duplicate keys are refused by the parser: a second {@code hint:} would silently win otherwise. */
    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    static {
        // Unknown keys are reported by the block readers themselves, all at once and with their positions.
        MAPPER.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private final ObjectNode root;
    private final Map<String, Position> positions;
    private final String file;
    private final int firstLine;
    /** JSON pointer of this view inside the parsed block; empty for the block itself. */
    private final String base;

    record Position(int line, int column) {
    }

    /** Thrown when a block is not YAML keys and values; carries the problem with its lesson-file position. */
    static final class Unreadable extends ProblemException {
        private static final long serialVersionUID = 1L;

        Unreadable(FileProblem problem) {
            super(problem, problem.toString());
        }
    }

    private LocatedYaml(ObjectNode root, Map<String, Position> positions, String file, int firstLine, String base) {
        this.root = root;
        this.positions = positions;
        this.file = file;
        this.firstLine = firstLine;
        this.base = base;
    }

    /**
     * @param text      the block's YAML, without its fences
     * @param file      the lesson file's name as problems should show it
     * @param firstLine the lesson-file line of the YAML's first line
     * @param what      how problems name the block, e.g. "quiz block"
     */
    static LocatedYaml parse(String text, String file, int firstLine, String what) throws Unreadable {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser p = MAPPER.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.FIELD_NAME) {
                    positions.putIfAbsent(ctx.pathAsPointer().toString(), position(p.currentTokenLocation(), firstLine));
                } else if (t.isStructStart() || t.isScalarValue()) {
                    // A list item: its position is where the item starts (an option's "- text:" line).
                    JsonStreamContext holder = t.isStructStart() ? ctx.getParent() : ctx;
                    if (holder != null && holder.inArray()) {
                        positions.putIfAbsent(holder.pathAsPointer().toString(),
                                position(p.currentTokenLocation(), firstLine));
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new Unreadable(syntaxProblem(e, file, firstLine, what));
        } catch (IOException e) {
            throw new Unreadable(new FileProblem(file, firstLine, 1, what + " cannot be read: " + e.getMessage()));
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (IOException e) {
            // The streaming pass above read the same text, so this only happens if the two disagree.
            throw new Unreadable(new FileProblem(file, firstLine, 1, what + " is not valid YAML: " + e.getMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new Unreadable(new FileProblem(file, Math.max(firstLine - 1, 1), 1, what + " is empty"));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new Unreadable(new FileProblem(file, firstLine, 1,
                    what + " must be YAML keys and values (key: value on each line)"));
        }
        return new LocatedYaml(object, positions, file, firstLine, "");
    }

    ObjectNode root() {
        return root;
    }

    String file() {
        return file;
    }

    /**
     * The keys and values under top-level {@code key} as a view of their own (a checkpoint's {@code ask:} quiz),
     * whose positions are still the lesson file's; null when the value is not keys and values.
     */
    LocatedYaml child(String key) {
        return root.get(key) instanceof ObjectNode object
                ? new LocatedYaml(object, positions, file, firstLine, base + pointer(key)) : null;
    }

    /** The {@code index}-th item of the list under {@code key} as a view of its own; null when it is not keys and values. */
    LocatedYaml item(String key, int index) {
        JsonNode list = root.get(key);
        return list != null && list.get(index) instanceof ObjectNode object
                ? new LocatedYaml(object, positions, file, firstLine, base + pointer(key) + "/" + index) : null;
    }

    /**
     * Where a problem about the whole view points: the block's opening fence (the line before its YAML), or for a
     * {@link #child} or {@link #item}, the key or list item it hangs from.
     */
    Position origin() {
        return base.isEmpty() ? new Position(Math.max(firstLine - 1, 1), 1) : at(base);
    }

    FileProblem problemAtOrigin(String message) {
        Position p = origin();
        return new FileProblem(file, p.line(), p.column(), message);
    }

    /** A problem at {@code path} inside this view, e.g. {@code items/2/bucket}; falls back to the nearest parent. */
    FileProblem problemAtPath(String message, Object... path) {
        StringBuilder pointer = new StringBuilder(base);
        for (Object part : path) {
            pointer.append(part instanceof Integer i ? "/" + i : pointer(part.toString()));
        }
        Position p = at(pointer.toString());
        return new FileProblem(file, p.line(), p.column(), message);
    }

    private static String pointer(String key) {
        return JsonPointer.empty().appendProperty(key).toString();
    }

    /** Top-level keys in the order written. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    /** The position of a top-level key, or the block's first line when the key is absent. */
    Position keyPosition(String key) {
        return at(base + pointer(key));
    }

    /** The position of the {@code index}-th item of the list under top-level {@code key}. */
    Position itemPosition(String key, int index) {
        return at(base + pointer(key) + "/" + index);
    }

    FileProblem problemAtKey(String key, String message) {
        Position p = keyPosition(key);
        return new FileProblem(file, p.line(), p.column(), message);
    }

    FileProblem problemAtItem(String key, int index, String message) {
        Position p = itemPosition(key, index);
        return new FileProblem(file, p.line(), p.column(), message);
    }

    /** Reports each key outside {@code allowed}; {@code describe} turns a key into the message. */
    List<FileProblem> unknownKeys(Set<String> allowed, java.util.function.Function<String, String> describe) {
        List<FileProblem> problems = new ArrayList<>();
        for (String key : keys()) {
            if (!allowed.contains(key)) {
                problems.add(problemAtKey(key, describe.apply(key)));
            }
        }
        return problems;
    }

    /**
     * Binds the tree into a DTO record with Jackson. A value of the wrong type becomes one problem at that
     * value's key (Jackson stops at the first); the caller then gives up on the block.
     */
    <T> T bind(Class<T> type, String what) throws Unreadable {
        try {
            return MAPPER.treeToValue(root, type);
        } catch (JsonMappingException e) {
            List<JsonMappingException.Reference> path = e.getPath();
            StringBuilder pointer = new StringBuilder(base);
            StringBuilder name = new StringBuilder();
            for (JsonMappingException.Reference ref : path) {
                if (ref.getFieldName() != null) {
                    pointer.append(JsonPointer.empty().appendProperty(ref.getFieldName()));
                    if (!name.isEmpty()) {
                        name.append('.');
                    }
                    name.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    pointer.append('/').append(ref.getIndex());
                    name.append('[').append(ref.getIndex() + 1).append(']');
                }
            }
            Position p = at(pointer.toString());
            String expected = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                    ? describeType(mismatch.getTargetType()) : "a different value";
            throw new Unreadable(new FileProblem(file, p.line(), p.column(),
                    what + ": '" + (name.isEmpty() ? "?" : name) + "' must be " + expected));
        } catch (JsonProcessingException e) {
            throw new Unreadable(new FileProblem(file, firstLine, 1, what + ": " + firstLineOf(e.getOriginalMessage())));
        }
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a block of keys and values";
    }

    private Position at(String pointer) {
        // Fall back to the nearest enclosing key or item that has a position, then to the block's first line.
        String p = pointer;
        while (!p.isEmpty()) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return new Position(firstLine, 1);
    }

    /**
     * SnakeYAML's message spans several lines with a source excerpt; keep the one-line gist and the position that
     * helps: where the unfinished thing started (an unclosed quote) when the parser only noticed at the end.
     */
    private static FileProblem syntaxProblem(JsonProcessingException e, String file, int firstLine, String what) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            String problem = marked.getProblem().strip();
            Mark mark = marked.getProblemMark();
            String message;
            if (problem.contains("\\t(TAB)")) {
                message = "a tab character; indent YAML with spaces";
            } else if (marked.getContext() != null && !marked.getContext().isBlank()) {
                message = problem + " " + marked.getContext().strip();
                boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
                if (atEnd && marked.getContextMark() != null) {
                    mark = marked.getContextMark();
                }
            } else {
                message = problem;
            }
            if (mark != null) {
                return new FileProblem(file, firstLine + mark.getLine(), mark.getColumn() + 1,
                        what + " is not valid YAML: " + message);
            }
        }
        Position at = position(e.getLocation(), firstLine);
        return new FileProblem(file, at.line(), at.column(),
                what + " is not valid YAML: " + firstLineOf(e.getOriginalMessage()));
    }

    private static Position position(JsonLocation location, int firstLine) {
        if (location == null || location.getLineNr() < 1) {
            return new Position(firstLine, 1);
        }
        return new Position(firstLine + location.getLineNr() - 1, Math.max(location.getColumnNr(), 1));
    }

    private static String firstLineOf(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        String first = message.strip().lines().findFirst().orElse("syntax error").strip();
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }

    /** For tests and error messages: the mapper shared by the block readers. */
    static ObjectMapper mapper() {
        return MAPPER;
    }
}
