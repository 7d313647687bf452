package org.fanoutlab.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanoutlab.content.problem.FileProblem;

/**
 * Splits one lesson file's text into front matter, Markdown text, lab blocks and quiz blocks, and checks the
 * images it shows. Fences follow CommonMark closely enough that a {@code ```quiz} shown inside a longer
 * {@code ````markdown} fence stays an example, not a quiz.
 */
final class LessonParser {
    /** An opening fence: up to 3 spaces, 3+ backticks or tildes, an info string. */
    private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*)$");
    /** {@code ![alt](path)} or {@code ![alt](<path> "title")}; reference-style images have no path to check. */
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[[^\\]]*\\]\\(\\s*(<[^>]*>|[^\\s)]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

    /** An id with the lesson-file position where it is written, for duplicate checks across the course. */
    record LocatedId(String id, int line, int column) {
    }

    /** A lesson, or null when it has problems; ids are reported either way so duplicates can be found. */
    record Result(Lesson lesson, List<FileProblem> problems, LocatedId lessonId, List<LocatedId> quizIds) {
    }

    private final String fileName;
    private final String shownName;
    private final Path scenariosDir;
    private final Path assetsDir;
    private final List<FileProblem> problems = new ArrayList<>();
    private final List<LessonBlock> blocks = new ArrayList<>();
    private final List<LocatedId> quizIds = new ArrayList<>();
    /** The Markdown run being collected, and the lesson-file line of its first line. */
    private final List<String> text = new ArrayList<>();
    private int textStart;

    private LessonParser(String fileName, String shownName, Path scenariosDir, Path assetsDir) {
        this.fileName = fileName;
        this.shownName = shownName;
        this.scenariosDir = scenariosDir;
        this.assetsDir = assetsDir;
    }

    /**
     * @param fileName  the file's name in the lessons folder ({@link Lesson#file()})
     * @param shownName how problems name the file (the path as the author gave it)
     */
    static Result parse(String content, String fileName, String shownName, Path scenariosDir, Path assetsDir) {
        return new LessonParser(fileName, shownName, scenariosDir, assetsDir).parse(content);
    }

    private Result parse(String content) {
        List<String> lines = content.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(new FileProblem(shownName, 1, 1,
                    "a lesson must start with front matter: a '---' line, then id, title and summary, then '---'"));
            return new Result(null, problems, null, quizIds);
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(new FileProblem(shownName, 1, 1, "front matter opened here is never closed with '---'"));
            return new Result(null, problems, null, quizIds);
        }
        FrontMatterReader.Result front = FrontMatterReader.read(
                String.join("\n", lines.subList(1, close)), shownName, 2);
        problems.addAll(front.problems());
        LocatedId lessonId = null;
        if (front.frontMatter() != null) {
            lessonId = new LocatedId(front.frontMatter().id(), front.idPosition().line(), front.idPosition().column());
        }
        parseBody(lines, close + 1);
        if (!problems.isEmpty() || front.frontMatter() == null) {
            return new Result(null, problems, lessonId, quizIds);
        }
        FrontMatterReader.FrontMatterDto fm = front.frontMatter();
        return new Result(new Lesson(fm.id(), fm.title(), fm.summary(), fileName, blocks), List.of(), lessonId, quizIds);
    }

    /** @param from index (0-based) of the first body line */
    private void parseBody(List<String> lines, int from) {
        int i = from;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (!fence.matches() || (fence.group(2).charAt(0) == '`' && fence.group(3).contains("`"))) {
                checkImages(line, i + 1);
                addText(line, i + 1);
                i++;
                continue;
            }
            int indent = fence.group(1).length();
            String marker = fence.group(2);
            String written = fence.group(3).strip().split("\\s+", 2)[0];
            String info = written.toLowerCase(Locale.ROOT);
            int end = closingFence(lines, i + 1, marker);
            java.util.Optional<LessonBlockReader> reader = LessonBlocks.reader(info);
            if (end < 0) {
                String what = reader.isPresent() ? "```" + info + " block" : "code fence";
                problems.add(new FileProblem(shownName, i + 1, indent + 1, what
                        + " opened here is never closed (close it with a line of " + marker + ")"));
                return;
            }
            if (reader.isPresent()) {
                flushText();
                String yaml = String.join("\n", stripIndent(lines.subList(i + 1, end), indent));
                BlockResult block = reader.get().read(yaml, shownName, i + 1, scenariosDir);
                problems.addAll(block.problems());
                quizIds.addAll(block.quizIds());
                if (block.block() != null) {
                    blocks.add(block.block());
                }
            } else {
                if (!LessonBlocks.isCode(info)) {
                    problems.add(new FileProblem(shownName, i + 1, indent + marker.length() + 1, "unknown block '"
                            + written + "': a lesson embeds " + LessonBlocks.names() + " blocks, and a code sample names "
                            + "a language (text, json, http, …) or none"));
                }
                for (int k = i; k <= end; k++) {
                    addText(lines.get(k), k + 1);
                }
            }
            i = end + 1;
        }
        flushText();
    }

    /** Index of the closing fence for {@code marker}, or -1: same character, at least as long, nothing after it. */
    private static int closingFence(List<String> lines, int from, String marker) {
        for (int k = from; k < lines.size(); k++) {
            String candidate = lines.get(k);
            String stripped = candidate.stripLeading();
            if (candidate.length() - stripped.length() > 3) {
                continue;
            }
            stripped = stripped.stripTrailing();
            if (stripped.length() >= marker.length() && stripped.chars().allMatch(c -> c == marker.charAt(0))) {
                return k;
            }
        }
        return -1;
    }

    private static List<String> stripIndent(List<String> lines, int indent) {
        if (indent == 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            int n = 0;
            while (n < indent && n < l.length() && l.charAt(n) == ' ') {
                n++;
            }
            out.add(l.substring(n));
        }
        return out;
    }

    private void addText(String line, int lineNumber) {
        if (text.isEmpty()) {
            textStart = lineNumber;
        }
        text.add(line);
    }

    /** Ends the current Markdown run; runs of blank lines between blocks are not kept. */
    private void flushText() {
        int first = 0;
        while (first < text.size() && text.get(first).isBlank()) {
            first++;
        }
        int last = text.size();
        while (last > first && text.get(last - 1).isBlank()) {
            last--;
        }
        if (first < last) {
            blocks.add(new LessonBlock.Text(String.join("\n", text.subList(first, last)), textStart + first));
        }
        text.clear();
    }

    private void checkImages(String line, int lineNumber) {
        if (!line.contains("![")) {
            return;
        }
        // Blank out code spans (keeping columns) so `![example](x.png)` in inline code is not checked.
        StringBuilder masked = new StringBuilder(line);
        Matcher code = CODE_SPAN.matcher(line);
        while (code.find()) {
            for (int k = code.start(); k < code.end(); k++) {
                masked.setCharAt(k, ' ');
            }
        }
        Matcher image = IMAGE.matcher(masked);
        while (image.find()) {
            String ref = image.group(1);
            if (ref.startsWith("<") && ref.endsWith(">")) {
                ref = ref.substring(1, ref.length() - 1);
            }
            int column = image.start() + 1;
            ContentPaths.assetProblem(assetsDir, ref)
                    .ifPresent(message -> problems.add(new FileProblem(shownName, lineNumber, column, message)));
        }
    }
}
