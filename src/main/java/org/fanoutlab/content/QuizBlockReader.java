package org.fanoutlab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fanoutlab.content.problem.FileProblem;

/**
 * Reads one quiz (schema: docs/decisions/0001): a {@code ```quiz} block, or the {@code ask:} of a lab checkpoint.
 * The keys every type has are read here; the type's own through its {@link QuizKind}. Reports every problem it
 * can find, each at its own line and column.
 */
final class QuizBlockReader implements LessonBlockReader {
    private static final List<String> COMMON = List.of("id", "type", "prompt", "hint", "explain");
    /** Every key of every type: a key of another type is "does not belong here", any other is "unknown". */
    private static final Set<String> EVERY_KEY;

    static {
        Set<String> all = new LinkedHashSet<>(COMMON);
        for (QuizType t : QuizType.values()) {
            all.addAll(t.kind().keys());
        }
        EVERY_KEY = Set.copyOf(all);
    }

    record CommonDto(String id, String type, String prompt, String hint, String explain) {
    }

    /** A quiz, or the problems that keep it out; {@code idPosition} lets the loader report duplicate ids. */
    record Result(Quiz quiz, List<FileProblem> problems, String id, LocatedYaml.Position idPosition) {
        List<LessonParser.LocatedId> ids() {
            return id == null || id.isEmpty() ? List.of()
                    : List.of(new LessonParser.LocatedId(id, idPosition.line(), idPosition.column()));
        }
    }

    @Override
    public String fence() {
        return "quiz";
    }

    @Override
    public BlockResult read(LocatedYaml block, int fenceLine, Path scenariosDir) {
        Result r = readQuiz(block, scenariosDir, false);
        LessonBlock quiz = r.quiz() == null ? null : new LessonBlock.QuizBlock(r.quiz(), fenceLine);
        return new BlockResult(quiz, r.problems(), r.ids());
    }

    /** @param atCheckpoint the quiz is a lab checkpoint's {@code ask:}, where predict is not allowed */
    static Result readQuiz(LocatedYaml block, Path scenariosDir, boolean atCheckpoint) {
        JsonNode idNode = block.root().path("id");
        String idText = idNode.isValueNode() && !idNode.isNull() ? idNode.asText().strip() : null;
        String name = idText == null || idText.isEmpty() ? "quiz" : "quiz '" + idText + "'";
        List<FileProblem> problems = new ArrayList<>();
        QuizFields fields = new QuizFields(block, name, scenariosDir, problems);

        QuizType type = null;
        JsonNode typeNode = block.root().get("type");
        if (typeNode != null && !typeNode.isNull()) {
            type = QuizType.fromId(typeNode.asText().strip());
            if (type == null) {
                fields.atKey("type", "unknown type '" + typeNode.asText() + "' (use " + QuizType.spelled() + ")");
            } else if (atCheckpoint && !type.kind().askableAtCheckpoint()) {
                fields.atKey("type", "a checkpoint cannot ask a " + type.id()
                        + " quiz (the run it pauses is what a prediction waits for); use another type");
                type = null;
            }
        }
        unknownKeys(block, type, name, problems);

        CommonDto common = fields.bind(CommonDto.class);
        if (common == null) {
            return new Result(null, problems, idText, block.keyPosition("id"));
        }
        List<String> required = new ArrayList<>(COMMON);
        if (type != null) {
            required.addAll(type.kind().required());
        }
        int beforeRequired = problems.size();
        for (String key : required) {
            JsonNode value = block.root().get(key);
            boolean blank = value == null || value.isNull() || (value.isTextual() && value.asText().isBlank());
            if (blank) {
                problems.add(block.root().has(key)
                        ? block.problemAtKey(key, name + ": '" + key + "' is empty")
                        : block.problemAtOrigin(name + ": missing '" + key + "'"));
            }
        }
        // Unknown keys do not hide the type's own checks, so an author sees every problem in one run.
        QuizBody body = null;
        if (type != null && problems.size() == beforeRequired) {
            body = type.kind().read(fields, type);
        }
        if (!problems.isEmpty() || body == null) {
            return new Result(null, problems, idText, block.keyPosition("id"));
        }
        Quiz quiz = new Quiz(common.id().strip(), type, common.prompt().strip(), body, common.hint().strip(),
                common.explain().strip(), block.origin().line());
        return new Result(quiz, List.of(), idText, block.keyPosition("id"));
    }

    private static void unknownKeys(LocatedYaml block, QuizType type, String name, List<FileProblem> problems) {
        Set<String> allowed = new LinkedHashSet<>(COMMON);
        if (type != null) {
            allowed.addAll(type.kind().keys());
        } else {
            allowed.addAll(EVERY_KEY); // without a known type, only misspelt keys can be called out
        }
        QuizType known = type;
        problems.addAll(block.unknownKeys(allowed, key -> EVERY_KEY.contains(key)
                ? name + ": '" + key + "' does not belong in " + known.quizNoun()
                : name + ": unknown key '" + key + "'"));
        if (type == null) {
            return;
        }
        for (QuizKind.ItemList list : type.kind().itemLists()) {
            JsonNode items = block.root().get(list.key());
            if (items == null || !items.isArray()) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (!item.isObject()) {
                    continue; // binding reports it as the wrong kind of value
                }
                for (var it = item.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (!list.keys().contains(key)) {
                        problems.add(block.problemAtPath(name + ": " + list.word() + " " + (i + 1)
                                + " has unknown key '" + key + "' (use " + String.join(", ", list.keys()) + ")",
                                list.key(), i, key));
                    }
                }
            }
        }
    }
}
