/**
 * The delivery lanes view: one producer, one consumer per lane, each learning of posts its own way, drawn by
 * {@link org.fanoutlab.ui.lanes.LanesCanvas} (a Control with a Skin) from a {@link org.fanoutlab.playback.LanesPlayback}
 * through {@link org.fanoutlab.ui.lanes.LanesViewModel}. Depends on {@code engine}, {@code engine.lanes},
 * {@code playback}, {@code content.scenario} and {@code ui.common}.
 */
package org.fanoutlab.ui.lanes;
