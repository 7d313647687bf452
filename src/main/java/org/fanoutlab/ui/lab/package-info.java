/**
 * The Lab screen that assembles the lab's parts: toolbar, stage area, controls, live figures, compare mode, sweeps
 * and the delivery-lanes tab ({@link org.fanoutlab.ui.lab.LabScreen}). Depends on its sub-packages, {@code ui.stage},
 * {@code ui.lanes} and {@code ui.common}; nothing else in {@code ui} depends on it.
 */
package org.fanoutlab.ui.lab;
