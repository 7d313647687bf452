/**
 * What every screen shares: the {@link org.fanoutlab.ui.common.AppContext}, navigation, the
 * {@link org.fanoutlab.ui.common.Messages} bundles, locale-aware figures ({@link org.fanoutlab.ui.common.NumberInput}),
 * the dialog service, the timeline bar and the one token colour set. Depends on {@code content} and {@code progress};
 * no other {@code ui} package, so every feature can use it.
 */
package org.fanoutlab.ui.common;
