package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fanoutlab.content.problem.FileProblem;

class LessonsLocationTest {
    @TempDir
    Path temp;

    @Test
    void anAuthorsLessonsFolderInTheWorkingDirectoryWins() throws Exception {
        Path work = Files.createDirectories(temp.resolve("repo/lessons")).getParent();
        Path classes = Files.createDirectories(temp.resolve("classes/lessons")).getParent();

        assertThat(LessonsLocation.locate(work, classes, "lessons")).isEqualTo(work.resolve("lessons"));
        assertThat(LessonsLocation.locate(work, classes, "assets")).isEqualTo(work.resolve("assets"));
    }

    @Test
    void otherwiseTheLessonsInTheClassesFolderAreUsed() throws Exception {
        Path work = Files.createDirectories(temp.resolve("elsewhere"));
        Path classes = Files.createDirectories(temp.resolve("classes/lessons")).getParent();
        Files.createDirectories(classes.resolve("assets"));

        assertThat(LessonsLocation.locate(work, classes, "lessons")).isEqualTo(classes.resolve("lessons"));
        assertThat(LessonsLocation.locate(work, classes, "assets")).isEqualTo(classes.resolve("assets"));
    }

    @Test
    void insideAJarTheBundledLessonsAreReadThroughAZipFileSystem() throws Exception {
        Path jar = temp.resolve("fanout-lab.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Files.createDirectories(zip.getPath("/lessons/scenarios"));
            Files.writeString(zip.getPath("/lessons/01-a.md"), "---\nid: a\ntitle: T\nsummary: S\n---\nHello.\n");
            Files.createDirectories(zip.getPath("/assets"));
        }
        Path work = Files.createDirectories(temp.resolve("elsewhere"));

        Path lessons = LessonsLocation.locate(work, jar, "lessons");
        Path assets = LessonsLocation.locate(work, jar, "assets");

        assertThat(lessons.getFileSystem()).isNotEqualTo(FileSystems.getDefault());
        assertThat(lessons.toString()).isEqualTo("/lessons");
        assertThat(assets.toString()).isEqualTo("/assets");
        Course course = CourseLoader.load(lessons);
        assertThat(course.problems()).isEmpty();
        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("a");
    }

    @Test
    void withNothingBundledTheWorkingDirectoryIsReturnedSoTheLoaderReportsIt() throws Exception {
        Path work = Files.createDirectories(temp.resolve("elsewhere"));
        Path emptyClasses = Files.createDirectories(temp.resolve("classes"));

        Path lessons = LessonsLocation.locate(work, emptyClasses, "lessons");

        assertThat(lessons).isEqualTo(work.resolve("lessons"));
        assertThat(CourseLoader.load(lessons).problems()).extracting(FileProblem::message)
                .containsExactly("lessons folder not found");
        assertThat(LessonsLocation.locate(work, null, "lessons")).isEqualTo(work.resolve("lessons"));
    }

    @Test
    void theRunningAppFindsSomeLessonsFolder() {
        // From the repository (tests run in it), ./lessons or target/classes/lessons; the path is never null.
        assertThat(LessonsLocation.lessonsDir()).isNotNull();
        assertThat(LessonsLocation.assetsDir().getFileName().toString()).isEqualTo("assets");
    }
}
