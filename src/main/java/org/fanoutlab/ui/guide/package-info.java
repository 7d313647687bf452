/**
 * The decision guide: four questions about the data and its receivers, and the delivery model that fits, with a lab
 * preset that shows it ({@link org.fanoutlab.ui.guide.DecisionTable}, {@link org.fanoutlab.ui.guide.GuideViewModel}).
 * Depends on {@code content} and {@code ui.common}.
 */
package org.fanoutlab.ui.guide;
