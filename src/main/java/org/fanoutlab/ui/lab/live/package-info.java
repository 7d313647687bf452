/**
 * The live lab: the running simulation, its figures and charts, presets, live changes and the File commands
 * ({@link org.fanoutlab.ui.lab.live.LabViewModel}). Depends on {@code engine}, {@code playback}, {@code content.scenario},
 * {@code analysis}, {@code ui.stage}, {@code ui.lab.controls}, {@code ui.lab.common} and {@code ui.common}.
 */
package org.fanoutlab.ui.lab.live;
