/**
 * The playback layer: one transport (play, pause, step, speed, seek backwards and forwards, pause markers) over
 * any replayable run, the fan-out engine and the delivery lanes alike, with the engine on its own thread,
 * snapshots within a memory budget and the history of live changes. Free of the JavaFX toolkit; time moves only
 * when the owner says so ({@link org.fanoutlab.playback.Playback#frame(long)}). See
 * docs/decisions/0008-playback-layer.md.
 */
package org.fanoutlab.playback;
