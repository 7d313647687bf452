/**
 * The threshold and poll-interval sweeps on charts, run off the FX thread and cancellable
 * ({@link org.fanoutlab.ui.lab.sweep.SweepsViewModel} over {@code analysis}). Depends on {@code analysis},
 * {@code engine}, {@code ui.lab.controls}, {@code ui.lab.common} and {@code ui.common}.
 */
package org.fanoutlab.ui.lab.sweep;
