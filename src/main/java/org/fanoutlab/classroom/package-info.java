/**
 * Class mode without a toolkit (docs/class-mode.md, docs/decisions/0012-class-mode.md): the room of one session
 * (join code, participants, the current question, answers, reveal, results, the event log phones replay), what a
 * phone may see of a quiz, rate limits and the room's own traffic counters. The HTTP server lives in
 * {@code classroom.server}; the instructor's panel is a view over {@link org.fanoutlab.classroom.Room}'s snapshots.
 */
package org.fanoutlab.classroom;
