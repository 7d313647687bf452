package org.fanoutlab.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fanoutlab.content.problem.FileProblem;

/** Reads a lesson's front matter: {@code id}, {@code title} and {@code summary}, all required, nothing else. */
final class FrontMatterReader {
    private static final List<String> KEYS = List.of("id", "title", "summary");

    record FrontMatterDto(String id, String title, String summary) {
    }

    /** The front matter, or null with the problems; {@code idPosition} lets the loader report duplicate ids. */
    record Result(FrontMatterDto frontMatter, List<FileProblem> problems, LocatedYaml.Position idPosition) {
    }

    private FrontMatterReader() {
    }

    /** @param firstLine the lesson-file line just after the opening {@code ---} */
    static Result read(String yaml, String file, int firstLine) {
        List<FileProblem> problems = new ArrayList<>();
        LocatedYaml block;
        FrontMatterDto dto;
        try {
            block = LocatedYaml.parse(yaml, file, firstLine, "front matter");
            problems.addAll(block.unknownKeys(Set.copyOf(KEYS),
                    key -> "front matter: unknown key '" + key + "' (use id, title, summary)"));
            dto = block.bind(FrontMatterDto.class, "front matter");
        } catch (LocatedYaml.Unreadable e) {
            problems.add(e.problem());
            return new Result(null, problems, null);
        }
        String[] values = {dto.id(), dto.title(), dto.summary()};
        for (int i = 0; i < KEYS.size(); i++) {
            if (values[i] == null || values[i].isBlank()) {
                String key = KEYS.get(i);
                problems.add(block.root().has(key)
                        ? block.problemAtKey(key, "front matter: '" + key + "' is empty")
                        : new FileProblem(file, firstLine - 1, 1, "front matter: missing '" + key + "'"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems, block.keyPosition("id"));
        }
        FrontMatterDto clean = new FrontMatterDto(dto.id().strip(), dto.title().strip(), dto.summary().strip());
        return new Result(clean, List.of(), block.keyPosition("id"));
    }
}
