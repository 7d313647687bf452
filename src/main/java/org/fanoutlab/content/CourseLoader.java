package org.fanoutlab.content;

import java.nio.file.Path;

/** Reads a lessons folder (DESIGN.md §3) into a {@link Course}; never throws for bad content. */
public final class CourseLoader {
    private CourseLoader() {
    }

    /** @param lessonsDir a folder with NN-slug.md lessons and a scenarios/ subfolder */
    public static Course load(Path lessonsDir) {
        throw new UnsupportedOperationException("course loader not implemented yet");
    }
}
