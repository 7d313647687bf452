/**
 * The animated fan-out stage: {@link org.fanoutlab.ui.stage.StageViewModel} turns a
 * {@link org.fanoutlab.playback.FanoutPlayback}'s frames into tokens, counters and narration
 * ({@link org.fanoutlab.ui.stage.Choreography}), and {@link org.fanoutlab.ui.stage.StageCanvas}'s skin draws them
 * (docs/decisions/0003-stage-rendering-and-clock.md). Depends on {@code engine}, {@code playback},
 * {@code content.scenario} and {@code ui.common}.
 */
package org.fanoutlab.ui.stage;
