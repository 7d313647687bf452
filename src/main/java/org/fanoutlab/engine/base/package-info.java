/**
 * What both simulations build on and nothing else: latency recording with exact sums
 * ({@link org.fanoutlab.engine.base.LatencyRecorder}), time-ordered event-ring slots, copyable seeded random
 * streams ({@link org.fanoutlab.engine.base.SeededRandom}), and rows of primitive fields without an object per row
 * ({@link org.fanoutlab.engine.base.RowTable}: the queues, heaps and buffers of both engines and of the playback).
 * Depends on no other package of the app.
 */
package org.fanoutlab.engine.base;
