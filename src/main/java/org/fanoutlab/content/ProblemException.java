package org.fanoutlab.content;

import org.fanoutlab.content.problem.FileProblem;

/** A file or block that could not be read at all, carrying the one problem to report at its position. */
abstract class ProblemException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient FileProblem problem;

    ProblemException(FileProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    FileProblem problem() {
        return problem;
    }
}
