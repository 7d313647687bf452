package org.fanoutlab.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The engine side of a playback, confined to the engine's thread: the run as it stands, the live changes made
 * on the current branch with their moments, and snapshots to go back to. Going back restores the latest
 * snapshot at or before the target and replays forward from it, re-applying each change at its moment; a
 * change made after going back drops every later change and snapshot (a new branch starts there).
 */
final class RunHistory<R extends Replayable<R, C, S, F>, C, S extends EventQueue<S>, F> {
    /** Forward jumps advance in steps of this share of the run, so that snapshots can be taken on the way. */
    private static final int STEPS_PER_RUN = 2000;

    private record Snapshot<R>(double at, int applied, KeptRun<R> state) {
    }

    private final LongSupplier nanoClock;
    private final List<TimedChange<C>> changes = new ArrayList<>();
    private final List<Snapshot<R>> snapshots = new ArrayList<>();
    private final long maxBytes;
    private R origin;
    private R current;
    /** Changes of {@link #changes} already applied to {@link #current}. */
    private int applied;
    private long spacingNanos;
    private long workSinceSnapshot;
    private long heldBytes;
    private boolean copyable = true;

    RunHistory(R start, SnapshotBudget budget, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.maxBytes = budget.maxBytes();
        this.spacingNanos = budget.spacingNanos();
        restartFrom(start);
    }

    R current() {
        return current;
    }

    /** Forgets the history: {@code start} (at time 0) is the new origin. */
    void restartFrom(R start) {
        origin = start;
        changes.clear();
        snapshots.clear();
        heldBytes = 0;
        applied = 0;
        workSinceSnapshot = 0;
        current = copyOrFresh(origin);
    }

    /**
     * Brings the run to {@code target}: forward by advancing (re-applying recorded changes on the way), backward
     * by restoring a snapshot first. Returns true when it restored (a jump back: the events in between are gone).
     */
    boolean goTo(double target, S sink) {
        boolean back = target < current.now();
        if (back) {
            restore(target);
            sink = null;
        } else if (sink == null && latestAtOrBefore(target) > current.now()) {
            // A jump ahead past a snapshot (this branch's, taken on an earlier pass): start from there.
            restore(target);
        }
        while (applied < changes.size() && changes.get(applied).at() <= target) {
            TimedChange<C> c = changes.get(applied);
            advance(c.at(), sink);
            current.apply(c.change());
            applied++;
        }
        advance(target, sink);
        return back;
    }

    /** Applies a change now; later changes of the old branch and snapshots after now are dropped. */
    void change(C change) {
        double now = current.now();
        current.apply(change); // first: a refused change leaves the history as it was
        changes.subList(applied, changes.size()).clear();
        changes.add(new TimedChange<>(now, change));
        applied = changes.size();
        dropSnapshotsAfter(now);
    }

    /** Advances past the next event (a step); recorded changes due before it are applied on the way. */
    void step(S sink) {
        double before = current.now();
        long t0 = nanoClock.getAsLong();
        current.stepToNextEvent();
        double after = current.now();
        if (applied < changes.size() && changes.get(applied).at() < after) {
            // A recorded change falls inside the step: take the step again with the change at its moment.
            restore(before);
            goTo(before, null);
            goTo(after, sink);
            return;
        }
        workSinceSnapshot += nanoClock.getAsLong() - t0;
        current.drainEvents(sink);
        maybeSnapshot(sink);
    }

    private void advance(double target, S sink) {
        double stride = Math.max(current.durationSeconds() / STEPS_PER_RUN, 1e-6);
        while (current.now() < target && current.now() < current.durationSeconds()) {
            double next = Math.min(target, current.now() + stride);
            long t0 = nanoClock.getAsLong();
            current.advanceTo(next);
            workSinceSnapshot += nanoClock.getAsLong() - t0;
            // Drained every stride: the engine's ring stays small, and a jump's events are counted, then dropped.
            current.drainEvents(sink);
            maybeSnapshot(sink);
            if (current.now() < next) {
                break; // clamped at the end of the run
            }
        }
    }

    private void maybeSnapshot(S sink) {
        if (!copyable || workSinceSnapshot < spacingNanos) {
            return;
        }
        if (!snapshots.isEmpty() && snapshots.get(snapshots.size() - 1).at() >= current.now()) {
            // A replay inside ground already covered: its snapshots would only double the memory.
            workSinceSnapshot = 0;
            return;
        }
        // Events are taken out first: a snapshot holds none, so a restore never shows old ones again.
        current.drainEvents(sink);
        workSinceSnapshot = 0;
        double now = current.now();
        int at = snapshots.size();
        while (at > 0 && snapshots.get(at - 1).at() > now) {
            at--; // a replay after going back takes snapshots before later ones of the same branch
        }
        if (at > 0 && snapshots.get(at - 1).at() == now) {
            return; // that moment is covered already
        }
        KeptRun<R> kept;
        try {
            kept = current.keep(at > 0 ? snapshots.get(at - 1).state() : null);
        } catch (UnsupportedOperationException e) {
            copyable = false;
            return;
        }
        snapshots.add(at, new Snapshot<>(now, applied, kept));
        recount();
        while (heldBytes > maxBytes && !snapshots.isEmpty()) {
            thin();
        }
    }

    /** A snapshot costs what it holds beyond the one before it (they share unchanged memory). */
    private void recount() {
        heldBytes = 0;
        KeptRun<R> previous = null;
        for (Snapshot<R> s : snapshots) {
            heldBytes += s.state().bytesBeyond(previous);
            previous = s.state();
        }
    }

    /**
     * Every other snapshot goes (the first stays; a lone one goes too) and the spacing doubles: the same cover at
     * about half the memory.
     */
    private void thin() {
        List<Snapshot<R>> kept = new ArrayList<>();
        for (int i = 0; snapshots.size() > 1 && i < snapshots.size(); i += 2) {
            kept.add(snapshots.get(i));
        }
        snapshots.clear();
        snapshots.addAll(kept);
        spacingNanos *= 2;
        recount();
    }

    /** The moment of the latest snapshot at or before {@code target}, or -∞. */
    private double latestAtOrBefore(double target) {
        Snapshot<R> s = snapshotAtOrBefore(target);
        return s == null ? Double.NEGATIVE_INFINITY : s.at();
    }

    /** Snapshots are kept in time order: the latest one at or before {@code target}, or null. */
    private Snapshot<R> snapshotAtOrBefore(double target) {
        Snapshot<R> best = null;
        for (Snapshot<R> s : snapshots) {
            if (s.at() > target) {
                break;
            }
            best = s;
        }
        return best;
    }

    private void restore(double target) {
        Snapshot<R> best = snapshotAtOrBefore(target);
        if (best == null) {
            current = copyOrFresh(origin);
            applied = 0;
        } else {
            current = best.state().restoreOver(current); // the run being left is dropped: its memory serves again
            applied = best.applied();
        }
        current.drainEvents(null);
        workSinceSnapshot = 0;
    }

    private R copyOrFresh(R r) {
        if (copyable) {
            try {
                return r.copy();
            } catch (UnsupportedOperationException e) {
                copyable = false;
            }
        }
        return r.fresh();
    }

    private void dropSnapshotsAfter(double t) {
        snapshots.removeIf(s -> s.at() > t);
        recount();
    }

    // ---- figures for the benchmark and the tests

    int snapshotCount() {
        return snapshots.size();
    }

    long snapshotBytes() {
        return heldBytes;
    }

    int changeCount() {
        return changes.size();
    }

    boolean copyable() {
        return copyable;
    }
}
