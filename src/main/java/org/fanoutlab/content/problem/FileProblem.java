package org.fanoutlab.content.problem;

import java.util.Objects;

/**
 * One problem found in a file the learner or an author wrote, with the position to look at.
 * Lines and columns count from 1; 0 means the position is not known.
 */
public record FileProblem(String file, int line, int column, String message) {
    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: message}, the one-line form the CLI prints and the app shows. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + Math.max(column, 1) + ": " + message;
    }
}
