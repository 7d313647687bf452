/**
 * What the lab's sub-packages share: style classes, text, tooltips, axis labels, the figures of the metric catalogue
 * as the lab shows them, and the lab's worker threads. Depends on {@code engine} and {@code ui.common} only.
 */
package org.fanoutlab.ui.lab.common;
