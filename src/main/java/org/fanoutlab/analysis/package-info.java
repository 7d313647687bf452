/**
 * Sweeps: the current workload run many times over (celebrity threshold, poll interval), scaled down when too big
 * to repeat ({@link org.fanoutlab.analysis.ScaleModel}), cancellable between slices. Toolkit-free and blocking, so the
 * Lab runs it on a worker thread and tests call it directly. Depends on {@code engine} and {@code engine.base} only.
 */
package org.fanoutlab.analysis;
