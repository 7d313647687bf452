package org.fanoutlab.content.scenario;

import java.util.List;
import org.fanoutlab.content.problem.FileProblem;

/** A scenario file that could be read but is not a valid scenario; carries every problem found. */
public final class ScenarioFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<FileProblem> problems;

    public ScenarioFileException(List<FileProblem> problems) {
        super(problems.isEmpty() ? "invalid scenario" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
