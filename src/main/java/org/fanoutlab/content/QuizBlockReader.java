package org.fanoutlab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fanoutlab.content.problem.FileProblem;

/** Reads one {@code ```quiz} block (schema: docs/decisions/0001) and reports every problem it can find. */
final class QuizBlockReader {
    private static final Set<String> COMMON = Set.of("id", "type", "prompt", "hint", "explain");
    private static final Map<QuizType, Set<String>> OWN_KEYS = new EnumMap<>(Map.of(
            QuizType.SINGLE, Set.of("options"),
            QuizType.MULTIPLE, Set.of("options"),
            QuizType.TRUE_FALSE, Set.of("answer", "whenTrue", "whenFalse"),
            QuizType.NUMERIC, Set.of("answer", "tolerance", "unit"),
            QuizType.PREDICT, Set.of("preset", "metric", "tolerance", "tolerancePercent", "unit")));
    private static final Map<QuizType, List<String>> REQUIRED = new EnumMap<>(Map.of(
            QuizType.SINGLE, List.of("options"),
            QuizType.MULTIPLE, List.of("options"),
            QuizType.TRUE_FALSE, List.of("answer", "whenTrue", "whenFalse"),
            QuizType.NUMERIC, List.of("answer"),
            QuizType.PREDICT, List.of("preset", "metric")));
    private static final Set<String> OPTION_KEYS = Set.of("text", "correct", "feedback");
    private static final Set<String> EVERY_KEY;

    static {
        Set<String> all = new LinkedHashSet<>(COMMON);
        OWN_KEYS.values().forEach(all::addAll);
        EVERY_KEY = Set.copyOf(all);
    }

    /** The quiz block as Jackson binds it; {@code answer} stays a node because its type depends on the quiz type. */
    record QuizDto(String id, String type, String prompt, List<OptionDto> options, JsonNode answer,
                   String whenTrue, String whenFalse, Double tolerance, String unit, String preset, String metric,
                   Double tolerancePercent, String hint, String explain) {
    }

    record OptionDto(String text, Boolean correct, String feedback) {
    }

    /** A quiz, or the problems that keep it out; {@code idPosition} lets the loader report duplicate ids. */
    record Result(Quiz quiz, List<FileProblem> problems, String id, LocatedYaml.Position idPosition) {
    }

    private QuizBlockReader() {
    }

    static Result read(String yaml, String file, int fenceLine, Path scenariosDir) {
        LocatedYaml block;
        try {
            block = LocatedYaml.parse(yaml, file, fenceLine + 1, "quiz block");
        } catch (LocatedYaml.Unreadable e) {
            return new Result(null, List.of(e.problem()), null, null);
        }
        JsonNode idNode = block.root().path("id");
        String idText = idNode.isValueNode() && !idNode.isNull() ? idNode.asText().strip() : null;
        String name = idText == null || idText.isEmpty() ? "quiz" : "quiz '" + idText + "'";
        List<FileProblem> problems = new ArrayList<>();

        QuizType type = null;
        JsonNode typeNode = block.root().get("type");
        if (typeNode != null && !typeNode.isNull()) {
            type = QuizType.fromId(typeNode.asText().strip());
            if (type == null) {
                problems.add(block.problemAtKey("type", name + ": unknown type '" + typeNode.asText()
                        + "' (use single, multiple, true-false, numeric or predict)"));
            }
        }
        problems.addAll(unknownKeys(block, type, name));

        QuizDto dto;
        try {
            dto = block.bind(QuizDto.class, name);
        } catch (LocatedYaml.Unreadable e) {
            problems.add(e.problem());
            return new Result(null, problems, idText, block.keyPosition("id"));
        }

        List<String> required = new ArrayList<>(List.of("id", "type", "prompt", "hint", "explain"));
        if (type != null) {
            required.addAll(REQUIRED.get(type));
        }
        int beforeRequired = problems.size();
        for (String key : required) {
            JsonNode value = block.root().get(key);
            boolean blank = value == null || value.isNull() || (value.isTextual() && value.asText().isBlank());
            if (blank) {
                FileProblem missing = block.root().has(key)
                        ? block.problemAtKey(key, name + ": '" + key + "' is empty")
                        : new FileProblem(file, fenceLine, 1, name + ": missing '" + key + "'");
                problems.add(missing);
            }
        }
        // Unknown keys do not hide the type's own checks, so an author sees every problem in one run.
        boolean complete = problems.size() == beforeRequired;
        if (type != null && complete) {
            switch (type) {
                case SINGLE, MULTIPLE -> checkOptions(block, dto, type, name, problems);
                case TRUE_FALSE -> {
                    if (!dto.answer().isBoolean()) {
                        problems.add(block.problemAtKey("answer", name + ": 'answer' must be true or false"));
                    }
                }
                case NUMERIC -> {
                    if (!dto.answer().isNumber() || !Double.isFinite(dto.answer().asDouble())) {
                        problems.add(block.problemAtKey("answer", name
                                + ": 'answer' must be a number (written without quotes)"));
                    }
                    checkNotNegative(block, "tolerance", dto.tolerance(), name, problems);
                }
                case PREDICT -> {
                    checkNotNegative(block, "tolerance", dto.tolerance(), name, problems);
                    checkNotNegative(block, "tolerancePercent", dto.tolerancePercent(), name, problems);
                    if (!PresetFigures.isKnownMetric(dto.metric().strip())) {
                        problems.add(block.problemAtKey("metric", name + ": unknown metric '" + dto.metric()
                                + "' (use a DESIGN.md §2 name, e.g. wastedPerUseful or deliveryLatencySeconds.p99)"));
                    }
                    Optional<String> preset = ContentPaths.presetProblem(scenariosDir, dto.preset().strip());
                    preset.ifPresent(message -> problems.add(block.problemAtKey("preset", name + ": " + message)));
                }
                default -> throw new IllegalStateException("unhandled quiz type " + type);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems, idText, block.keyPosition("id"));
        }
        return new Result(toQuiz(dto, type, fenceLine), List.of(), idText, block.keyPosition("id"));
    }

    private static List<FileProblem> unknownKeys(LocatedYaml block, QuizType type, String name) {
        Set<String> allowed = new LinkedHashSet<>(COMMON);
        if (type != null) {
            allowed.addAll(OWN_KEYS.get(type));
        } else {
            allowed.addAll(EVERY_KEY); // without a known type, only misspelt keys can be called out
        }
        List<FileProblem> problems = new ArrayList<>(block.unknownKeys(allowed, key -> EVERY_KEY.contains(key)
                ? name + ": '" + key + "' does not belong in a " + type.id() + " quiz"
                : name + ": unknown key '" + key + "'"));
        JsonNode options = block.root().get("options");
        if (options != null && options.isArray() && allowed.contains("options")) {
            for (int i = 0; i < options.size(); i++) {
                JsonNode option = options.get(i);
                if (!option.isObject()) {
                    continue; // binding reports it as the wrong kind of value
                }
                for (var it = option.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (!OPTION_KEYS.contains(key)) {
                        problems.add(block.problemAtItem("options", i, name + ": option " + (i + 1)
                                + " has unknown key '" + key + "' (use text, correct, feedback)"));
                    }
                }
            }
        }
        return problems;
    }

    private static void checkOptions(LocatedYaml block, QuizDto dto, QuizType type, String name,
                                     List<FileProblem> problems) {
        List<OptionDto> options = dto.options();
        if (options.size() < 2 || options.size() > 6) {
            problems.add(block.problemAtKey("options", name + ": has " + options.size()
                    + " options; a " + type.id() + " quiz needs 2 to 6"));
        }
        int correct = 0;
        for (int i = 0; i < options.size(); i++) {
            OptionDto option = options.get(i);
            if (option == null) {
                problems.add(block.problemAtItem("options", i, name + ": option " + (i + 1) + " is empty"));
                continue;
            }
            if (option.text() == null || option.text().isBlank()) {
                problems.add(block.problemAtItem("options", i, name + ": option " + (i + 1) + " has no 'text'"));
            }
            if (option.feedback() == null || option.feedback().isBlank()) {
                problems.add(block.problemAtItem("options", i, name + ": option " + (i + 1)
                        + " has no 'feedback' (say why it is right, or what misconception it shows)"));
            }
            if (Boolean.TRUE.equals(option.correct())) {
                correct++;
            }
        }
        if (type == QuizType.SINGLE && correct != 1) {
            problems.add(block.problemAtKey("options", name + ": a single quiz needs exactly 1 correct option, found "
                    + correct));
        }
        if (type == QuizType.MULTIPLE && correct == 0) {
            problems.add(block.problemAtKey("options", name + ": a multiple quiz needs at least 1 correct option"));
        }
    }

    private static void checkNotNegative(LocatedYaml block, String key, Double value, String name,
                                         List<FileProblem> problems) {
        if (value != null && !(value >= 0 && Double.isFinite(value))) {
            problems.add(block.problemAtKey(key, name + ": '" + key + "' must be 0 or more, was " + value));
        }
    }

    private static Quiz toQuiz(QuizDto d, QuizType type, int fenceLine) {
        List<QuizOption> options = d.options() == null ? List.of() : d.options().stream()
                .map(o -> new QuizOption(o.text().strip(), Boolean.TRUE.equals(o.correct()), o.feedback().strip()))
                .toList();
        Boolean trueFalse = type == QuizType.TRUE_FALSE ? d.answer().booleanValue() : null;
        Double numeric = type == QuizType.NUMERIC ? d.answer().doubleValue() : null;
        return new Quiz(d.id().strip(), type, d.prompt().strip(), options, trueFalse,
                strip(d.whenTrue()), strip(d.whenFalse()), numeric,
                d.tolerance() == null ? 0 : d.tolerance(), strip(d.unit()),
                strip(d.preset()), strip(d.metric()),
                d.tolerancePercent() == null ? 0 : d.tolerancePercent(),
                d.hint().strip(), d.explain().strip(), fenceLine);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
