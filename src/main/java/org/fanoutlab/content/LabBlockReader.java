package org.fanoutlab.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fanoutlab.content.problem.FileProblem;

/** Reads one {@code ```lab} block: {@code preset} (required, a name in lessons/scenarios/) and {@code caption}. */
final class LabBlockReader {
    private static final Set<String> KEYS = Set.of("preset", "caption");

    record LabDto(String preset, String caption) {
    }

    /** A lab block, or the problems that keep it out. */
    record Result(LessonBlock.Lab lab, List<FileProblem> problems) {
    }

    private LabBlockReader() {
    }

    static Result read(String yaml, String file, int fenceLine, Path scenariosDir) {
        LocatedYaml block;
        LabDto dto;
        List<FileProblem> problems = new ArrayList<>();
        try {
            block = LocatedYaml.parse(yaml, file, fenceLine + 1, "lab block");
            problems.addAll(block.unknownKeys(KEYS, key -> "lab block: unknown key '" + key + "' (use preset, caption)"));
            dto = block.bind(LabDto.class, "lab block");
        } catch (LocatedYaml.Unreadable e) {
            problems.add(e.problem());
            return new Result(null, problems);
        }
        if (dto.preset() == null || dto.preset().isBlank()) {
            problems.add(block.root().has("preset")
                    ? block.problemAtKey("preset", "lab block: 'preset' is empty")
                    : new FileProblem(file, fenceLine, 1, "lab block: missing 'preset'"));
        } else {
            ContentPaths.presetProblem(scenariosDir, dto.preset().strip())
                    .ifPresent(message -> problems.add(block.problemAtKey("preset", "lab block: " + message)));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        String caption = dto.caption() == null || dto.caption().isBlank() ? null : dto.caption().strip();
        return new Result(new LessonBlock.Lab(dto.preset().strip(), caption, fenceLine), List.of());
    }
}
