package org.fanoutlab.content;

import java.util.List;
import org.fanoutlab.content.problem.FileProblem;

/**
 * A block read from a lesson: the block, or null when problems keep it out; and the quiz ids it holds with their
 * positions (a quiz block's own, a lab's checkpoint quizzes), so ids can be checked across the course either way.
 */
record BlockResult(LessonBlock block, List<FileProblem> problems, List<LessonParser.LocatedId> quizIds) {
    BlockResult {
        problems = List.copyOf(problems);
        quizIds = List.copyOf(quizIds);
    }
}
