package org.fanoutlab.content;

import java.nio.file.Path;

/**
 * Reads one kind of fenced block that a lesson embeds ({@code ```quiz}, {@code ```lab}), registered by its fence
 * name in {@link LessonBlocks}.
 */
interface LessonBlockReader {

    /** The fence's info string that names this block, in lower case. */
    String fence();

    /**
     * @param yaml      the block's text without its fences
     * @param file      the lesson file as problems name it
     * @param fenceLine the lesson-file line of the opening fence
     */
    BlockResult read(String yaml, String file, int fenceLine, Path scenariosDir);
}
