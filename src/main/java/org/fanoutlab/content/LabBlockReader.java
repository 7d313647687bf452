package org.fanoutlab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.lanes.LaneSpec;

/**
 * Reads one {@code ```lab} block: {@code preset} (required, a name in lessons/scenarios/), {@code caption}, and
 * {@code checkpoints} (optional; docs/decisions/0001), each checked against the preset it pauses.
 */
final class LabBlockReader implements LessonBlockReader {
    private static final Set<String> KEYS = Set.of("preset", "caption", "checkpoints");
    private static final List<String> CHECKPOINT_KEYS = List.of("at", "focus", "say", "ask");

    record LabDto(String preset, String caption) {
    }

    @Override
    public String fence() {
        return "lab";
    }

    @Override
    public BlockResult read(LocatedYaml block, int fenceLine, Path scenariosDir) {
        List<FileProblem> problems = new ArrayList<>(block.unknownKeys(KEYS,
                key -> "lab block: unknown key '" + key + "' (use preset, caption, checkpoints)"));
        LabDto dto;
        try {
            dto = block.bind(LabDto.class, "lab block");
        } catch (LocatedYaml.Unreadable e) {
            problems.add(e.problem());
            return new BlockResult(null, problems, List.of());
        }
        Scenario scenario = null;
        if (dto.preset() == null || dto.preset().isBlank()) {
            problems.add(block.root().has("preset")
                    ? block.problemAtKey("preset", "lab block: 'preset' is empty")
                    : block.problemAtOrigin("lab block: missing 'preset'"));
        } else {
            var presetProblem = ContentPaths.presetProblem(scenariosDir, dto.preset().strip());
            presetProblem.ifPresent(message -> problems.add(block.problemAtKey("preset", "lab block: " + message)));
            if (presetProblem.isEmpty()) {
                scenario = readPreset(scenariosDir.resolve(dto.preset().strip() + ".json"));
            }
        }
        Checkpoints checkpoints = new Checkpoints(block, scenariosDir, scenario, problems);
        List<Checkpoint> read = checkpoints.read();
        if (!problems.isEmpty()) {
            return new BlockResult(null, problems, checkpoints.quizIds);
        }
        String caption = dto.caption() == null || dto.caption().isBlank() ? null : dto.caption().strip();
        return new BlockResult(new LessonBlock.Lab(dto.preset().strip(), caption, read, fenceLine), List.of(),
                checkpoints.quizIds);
    }

    /** The preset, or null when it cannot be read: the course's preset check reports that on its own. */
    private static Scenario readPreset(Path file) {
        try {
            return ScenarioReader.read(file);
        } catch (Exception e) {
            return null;
        }
    }

    /** The {@code checkpoints:} list of one lab block. */
    private static final class Checkpoints {
        private final LocatedYaml block;
        private final Path scenariosDir;
        /** Null when the preset is missing or broken: then only what needs no preset is checked. */
        private final Scenario scenario;
        private final List<FileProblem> problems;
        final List<LessonParser.LocatedId> quizIds = new ArrayList<>();

        Checkpoints(LocatedYaml block, Path scenariosDir, Scenario scenario, List<FileProblem> problems) {
            this.block = block;
            this.scenariosDir = scenariosDir;
            this.scenario = scenario;
            this.problems = problems;
        }

        List<Checkpoint> read() {
            JsonNode list = block.root().get("checkpoints");
            if (list == null || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                problems.add(block.problemAtKey("checkpoints",
                        "lab block: 'checkpoints' must be a list of items (- at: …)"));
                return List.of();
            }
            List<Checkpoint> out = new ArrayList<>();
            double previous = Double.NaN;
            for (int i = 0; i < list.size(); i++) {
                String name = "lab block: checkpoint " + (i + 1);
                LocatedYaml item = block.item("checkpoints", i);
                if (item == null) {
                    problems.add(block.problemAtItem("checkpoints", i,
                            name + " must be keys and values (at, focus, and say or ask)"));
                    continue;
                }
                int before = problems.size();
                problems.addAll(item.unknownKeys(Set.copyOf(CHECKPOINT_KEYS), key -> name + " has unknown key '" + key
                        + "' (use " + String.join(", ", CHECKPOINT_KEYS) + ")"));
                Double at = at(item, name, previous, i);
                if (at != null) {
                    previous = at;
                }
                String focus = focus(item, name);
                String say = null;
                Quiz ask = null;
                boolean hasSay = present(item, "say");
                boolean hasAsk = present(item, "ask");
                if (hasSay && hasAsk) {
                    problems.add(item.problemAtKey("ask", name + " has both 'say' and 'ask'; a checkpoint does one"));
                } else if (!hasSay && !hasAsk) {
                    problems.add(item.problemAtOrigin(name
                            + " needs 'say' (one sentence of narration) or 'ask' (a quiz)"));
                } else if (hasSay) {
                    say = say(item, name);
                } else {
                    ask = ask(item, name);
                }
                if (problems.size() == before && at != null) {
                    out.add(new Checkpoint(at, focus, say, ask, item.origin().line()));
                }
            }
            return out;
        }

        private static boolean present(LocatedYaml item, String key) {
            JsonNode v = item.root().get(key);
            return v != null && !v.isNull();
        }

        private Double at(LocatedYaml item, String name, double previous, int index) {
            JsonNode at = item.root().get("at");
            if (at == null || at.isNull()) {
                problems.add(item.problemAtOrigin(name + ": missing 'at' (the simulated second to pause at)"));
                return null;
            }
            if (!at.isNumber() || !Double.isFinite(at.asDouble())) {
                problems.add(item.problemAtKey("at", name + ": 'at' must be a number of simulated seconds"
                        + " (written without quotes)"));
                return null;
            }
            double seconds = at.asDouble();
            if (seconds < 0 || (scenario != null && seconds >= scenario.durationSeconds())) {
                problems.add(item.problemAtKey("at", name + ": 'at' must be at least 0 and below the preset's "
                        + "durationSeconds" + (scenario == null ? "" : " (" + QuizGrader.format(scenario.durationSeconds())
                        + ")") + ", was " + QuizGrader.format(seconds)));
                return null;
            }
            if (!Double.isNaN(previous) && seconds <= previous) {
                problems.add(item.problemAtKey("at", name + ": 'at' " + QuizGrader.format(seconds)
                        + " is not after checkpoint " + index + "'s " + QuizGrader.format(previous)
                        + "; list checkpoints in time order"));
                return null;
            }
            return seconds;
        }

        private String focus(LocatedYaml item, String name) {
            JsonNode node = item.root().get("focus");
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual() || node.asText().isBlank()) {
                problems.add(item.problemAtKey("focus", name + ": 'focus' must name a part of the stage"));
                return null;
            }
            String focus = node.asText().strip();
            if (scenario == null) {
                return focus; // cannot tell a lane preset from a fan-out one; the preset's own problem is reported
            }
            if (!scenario.lanes().isEmpty()) {
                List<String> lanes = scenario.lanes().stream().map(LaneSpec::name).toList();
                if (!lanes.contains(focus)) {
                    problems.add(item.problemAtKey("focus", name + ": focus '" + focus + "' is not a lane of this "
                            + "preset (use one of: " + String.join(", ", lanes.stream().map(l -> "'" + l + "'")
                            .toList()) + ")"));
                }
            } else if (StagePart.fromId(focus) == null) {
                problems.add(item.problemAtKey("focus", name + ": unknown focus '" + focus + "' (use "
                        + StagePart.spelled() + ")"));
            }
            return focus;
        }

        private String say(LocatedYaml item, String name) {
            JsonNode node = item.root().get("say");
            if (!node.isTextual() || node.asText().isBlank()) {
                problems.add(item.problemAtKey("say", name + ": 'say' must be one sentence of text"));
                return null;
            }
            return node.asText().strip();
        }

        private Quiz ask(LocatedYaml item, String name) {
            LocatedYaml quiz = item.child("ask");
            if (quiz == null) {
                problems.add(item.problemAtKey("ask", name + ": 'ask' must be a quiz: id, type, prompt, … "
                        + "indented under it"));
                return null;
            }
            QuizBlockReader.Result r = QuizBlockReader.readQuiz(quiz, scenariosDir, true);
            problems.addAll(r.problems());
            quizIds.addAll(r.ids());
            return r.quiz();
        }
    }
}
