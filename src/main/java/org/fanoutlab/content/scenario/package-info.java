/**
 * Scenario files (JSON) to and from {@link org.fanoutlab.engine.Scenario} records:
 * {@link org.fanoutlab.content.scenario.ScenarioReader} reports every bad field with its line and column, and
 * {@link org.fanoutlab.content.scenario.ScenarioWriter} writes what it reads. Depends on {@code engine},
 * {@code engine.lanes} and {@code content.problem}; never on the lesson side of {@code content}.
 */
package org.fanoutlab.content.scenario;
