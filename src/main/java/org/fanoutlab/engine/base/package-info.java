/**
 * What both simulations build on and nothing else: latency recording with exact sums
 * ({@link org.fanoutlab.engine.base.LatencyRecorder}), time-ordered event-ring slots, copyable seeded random
 * streams ({@link org.fanoutlab.engine.base.SeededRandom}). Depends on no other package of the app.
 */
package org.fanoutlab.engine.base;
