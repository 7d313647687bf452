/**
 * Delivery lanes (docs/decisions/0007-delivery-lanes.md): one consumer per lane learning of the first producer's
 * posts by short or long polling, server push, webhooks, a Kafka-style queue, push into a slow consumer or IMAP
 * IDLE. {@link org.fanoutlab.engine.lanes.LaneType} names each model's class, so a new lane is one constant and
 * one {@code Lane} subclass. Depends only on {@code engine.base}; {@code engine.LanesSimulation} feeds it posts.
 */
package org.fanoutlab.engine.lanes;
