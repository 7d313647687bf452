package org.fanoutlab.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one kind of fenced block that a lesson embeds ({@code ```quiz}, {@code ```lab}), registered by its fence
 * name in {@link LessonBlocks}.
 */
interface LessonBlockReader {

    /** The fence's info string that names this block, in lower case. */
    String fence();

    /**
     * Parses the block and hands it to {@link #read(LocatedYaml, int, Path)}; text that is not a YAML mapping is the
     * block's one problem, at the line the parser stopped.
     *
     * @param yaml      the block's text without its fences
     * @param file      the lesson file as problems name it
     * @param fenceLine the lesson-file line of the opening fence
     */
    default BlockResult read(String yaml, String file, int fenceLine, Path scenariosDir) {
        LocatedYaml block;
        try {
            block = LocatedYaml.parse(yaml, file, fenceLine + 1, fence() + " block");
        } catch (LocatedYaml.Unreadable e) {
            return new BlockResult(null, List.of(e.problem()), List.of());
        }
        return read(block, fenceLine, scenariosDir);
    }

    /** Reads a block whose text parsed: its fields, checked, or the problems that keep it out. */
    BlockResult read(LocatedYaml block, int fenceLine, Path scenariosDir);
}
