package org.fanoutlab.playback;

/**
 * What the engine's thread last published: the figures at {@code time}.
 *
 * @param epoch     increases with every jump (a seek backwards, far ahead, or a restart): events from before
 *                  it are gone, tokens in flight should go too
 * @param finished  the run reached its end
 */
public record Published<F>(F figures, double time, long epoch, boolean finished) {
}
