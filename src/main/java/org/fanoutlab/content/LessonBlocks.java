package org.fanoutlab.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The blocks a lesson can embed, keyed by fence name. A fence is either one of these, a code sample (no info
 * string, or a language from {@link #CODE_LANGUAGES}), or an unknown block that {@code check-lessons} reports, so
 * a misspelt {@code ```quizz} or a block this version does not know never turns silently into a code sample.
 * Adding a block: its {@link LessonBlock} record, its reader here, and its view in the lesson screen's
 * {@link LessonBlock.Visitor} (the compiler then asks every visitor for it).
 */
final class LessonBlocks {
    private static final Map<String, LessonBlockReader> READERS = List.of(new QuizBlockReader(), new LabBlockReader())
            .stream().collect(Collectors.toUnmodifiableMap(LessonBlockReader::fence, Function.identity()));

    /**
     * Info strings shown as code. The reader does not colour code, so the name only documents the sample; the list
     * is generous on purpose and grows when a lesson needs another language.
     */
    static final Set<String> CODE_LANGUAGES = Set.of(
            "text", "txt", "plain", "plaintext", "console", "shell", "sh", "bash", "zsh", "powershell",
            "http", "json", "jsonc", "json5", "yaml", "yml", "toml", "ini", "properties", "xml", "html", "css", "csv",
            "sql", "graphql", "protobuf", "proto", "diff", "markdown", "md", "log", "redis",
            "java", "kotlin", "scala", "groovy", "javascript", "js", "typescript", "ts", "python", "py", "go",
            "rust", "c", "cpp", "c++", "csharp", "cs", "ruby", "rb", "php", "swift", "erlang", "elixir", "pseudocode");

    private LessonBlocks() {
    }

    static Optional<LessonBlockReader> reader(String fence) {
        return Optional.ofNullable(READERS.get(fence));
    }

    static boolean isCode(String fence) {
        return fence.isEmpty() || CODE_LANGUAGES.contains(fence);
    }

    /** "lab or quiz", for messages. */
    static String names() {
        return READERS.keySet().stream().sorted().collect(Collectors.joining(" or "));
    }
}
