package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.fanoutlab.content.problem.FileProblem;

/** Whatever an author types, the loader answers with problems inside the file, never with an exception. */
class CourseLoaderRobustnessTest {
    private static Path root;

    @BeforeContainer
    static void makeFolder() throws IOException {
        root = Files.createTempDirectory("fanoutlab-robust");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<String> lessonLike() {
        // Pieces that matter to the parser, shuffled into arbitrary order.
        Arbitrary<String> piece = Arbitraries.of("---\n", "id: x\n", "title: T\n", "summary: S\n", "```quiz\n",
                "```lab\n", "```\n", "````\n", "~~~\n", "type: single\n", "options:\n", "  - text: A\n",
                "    correct: true\n", "    feedback: F\n", "preset: p\n", "prompt: \"open\n", "\t- x\n",
                "![a](b.png)\n", "![a](../x)\n", "answer: [1\n", "hint: H\n", "explain: E\n", "\n", "plain text\n",
                "key: : value\n", "- item\n", "&a x: *b\n", "{ \"json\": 1 }\n", "\r\n", "\uFEFF", "é€\n");
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void anyTextGivesProblemsWithinTheFileAndNoException(@ForAll("lessonLike") String text) throws IOException {
        Path lessons = Files.createDirectories(root.resolve("lessons"));
        Files.writeString(lessons.resolve("01-fuzz.md"), text);
        long lines = Math.max(1, text.lines().count());

        Course course = CourseLoader.load(lessons);

        List<FileProblem> problems = course.problems();
        assertThat(course.lessons().isEmpty()).isEqualTo(!problems.isEmpty());
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.line()).isBetween(0, (int) lines + 1);
            assertThat(p.message()).doesNotContain("\n").isNotBlank()
                    .doesNotContain("could not be read as a lesson"); // the loader's guard against parser bugs
        });
    }
}
