package org.fanoutlab.ui.lanes;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.ui.common.NumberInput;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.lanes.LaneType;
import org.fanoutlab.ui.common.Messages;

/** One lane's line in the table and on the canvas: its figures, formatted once per snapshot. */
public final class LaneRow {
    private final int index;
    private final LaneType type;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LaneMetrics> metrics = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper requests = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper emptyAnswers = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper open = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper drops = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper lag = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper other = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    LaneRow(int index, String laneName, LaneType type) {
        this.index = index;
        this.type = type;
        name.set(laneName);
    }

    public int index() {
        return index;
    }

    public LaneType type() {
        return type;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LaneMetrics> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requestsProperty() {
        return requests.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyAnswersProperty() {
        return emptyAnswers.getReadOnlyProperty();
    }

    /** "now / max" connections or held requests. */
    public ReadOnlyStringProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** "p50 / p95 / p99" in seconds. */
    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dropsProperty() {
        return drops.getReadOnlyProperty();
    }

    /** "now (max)" posts waiting. */
    public ReadOnlyStringProperty lagProperty() {
        return lag.getReadOnlyProperty();
    }

    /** The figures only some styles have: retries, duplicates, given up, replays, re-issues, client messages, blocked time. */
    public ReadOnlyStringProperty otherProperty() {
        return other.getReadOnlyProperty();
    }

    /** One line for the canvas beside the lane. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    void update(LaneMetrics m) {
        if (m.equals(metrics.get())) {
            return;
        }
        metrics.set(m);
        name.set(m.name());
        requests.set(count(m.requests()));
        emptyAnswers.set(count(m.emptyAnswers()));
        open.set(m.openConnections() + " / " + m.openConnectionsMax());
        Latency l = m.latency();
        latency.set(m.deliveries() == 0 ? "–" : seconds(l.p50()) + " / " + seconds(l.p95()) + " / "
                + seconds(l.p99()));
        drops.set(count(m.drops()));
        lag.set(Messages.format("lanes.row.lag", count(m.lagNow()), count(m.lagMax())));
        List<String> parts = new ArrayList<>();
        if (m.retries() > 0) {
            parts.add(Messages.format("lanes.row.retries", count(m.retries())));
        }
        if (m.duplicates() > 0) {
            parts.add(Messages.format("lanes.row.duplicates", count(m.duplicates())));
        }
        if (m.givenUp() > 0) {
            parts.add(Messages.format("lanes.row.givenUp", count(m.givenUp())));
        }
        if (m.replays() > 0) {
            parts.add(Messages.format("lanes.row.replays", count(m.replays())));
        }
        if (m.reissues() > 0) {
            parts.add(Messages.format("lanes.row.reissues", count(m.reissues())));
        }
        if (m.clientMessages() > 0) {
            parts.add(Messages.format("lanes.row.clientMessages", count(m.clientMessages())));
        }
        if (m.blockedSeconds() > 0) {
            parts.add(Messages.format("lanes.row.blocked", seconds(m.blockedSeconds())));
        }
        other.set(String.join(" · ", parts));
        StringBuilder s = new StringBuilder();
        s.append(Messages.format("lanes.row.req", count(m.requests())));
        if (m.emptyAnswers() > 0) {
            s.append(" · ").append(Messages.format("lanes.row.empty", count(m.emptyAnswers())));
        }
        s.append(" · ").append(Messages.format("lanes.row.got", count(m.deliveries())));
        if (m.drops() > 0) {
            s.append(" · ").append(Messages.format("lanes.row.dropped", count(m.drops())));
        }
        if (m.lagNow() > 1) {
            s.append(" · ").append(Messages.format("lanes.row.lagNow", count(m.lagNow())));
        }
        for (String p : parts) {
            s.append(" · ").append(p);
        }
        summary.set(s.toString());
    }

    static String count(long v) {
        return NumberInput.formatWhole(v);
    }

    /** "0.1 s", "15 s", "2.5 min", "1.2 h". */
    static String seconds(double s) {
        if (s < 10) {
            return Messages.format("number.seconds", NumberInput.trim(s));
        }
        if (s < 120) {
            return Messages.format("number.seconds", NumberInput.formatDecimal(s, 0));
        }
        if (s < 3_600) {
            return Messages.format("number.minutes", NumberInput.formatDecimal(s / 60, 1));
        }
        return Messages.format("number.hours", NumberInput.formatDecimal(s / 3_600, 1));
    }
}
