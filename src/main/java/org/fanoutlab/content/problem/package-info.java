/**
 * {@link org.fanoutlab.content.problem.FileProblem}: one problem in a file a person wrote, with its line and column.
 * The bottom of the content layer: depends on nothing of the app, so the scenario reader, the lesson reader and the
 * CLI all report the same way.
 */
package org.fanoutlab.content.problem;
