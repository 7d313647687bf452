/**
 * The lab's parameter controls: log sliders with typed values, producer controls, cost weights, and
 * {@link org.fanoutlab.ui.lab.controls.ParameterChange}, one live change as it reaches the engine. Depends on
 * {@code engine}, {@code analysis}, {@code ui.lab.common} and {@code ui.common}.
 */
package org.fanoutlab.ui.lab.controls;
