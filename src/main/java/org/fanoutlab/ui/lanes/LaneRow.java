package org.fanoutlab.ui.lanes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import javafx.beans.value.ObservableValue;
import org.fanoutlab.ui.common.NumberInput;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.lanes.LaneType;
import org.fanoutlab.ui.common.Messages;

/**
 * One lane's line in the table and on the canvas: its name and latest figures. The table's cells and the
 * canvas's summary are texts of those figures, formatted once per snapshot.
 */
public final class LaneRow {
    /** A figure of the table, in words, and what a cell shows before the first snapshot. */
    public enum Figure {
        REQUESTS(m -> count(m.requests()), "0"),
        EMPTY_ANSWERS(m -> count(m.emptyAnswers()), "0"),
        /** "now / max" connections or held requests. */
        OPEN(m -> m.openConnections() + " / " + m.openConnectionsMax(), "0"),
        /** "p50 / p95 / p99" in seconds. */
        LATENCY(LaneRow::latency, "–"),
        DROPS(m -> count(m.drops()), "0"),
        /** "now (max)" posts waiting. */
        LAG(m -> Messages.format("lanes.row.lag", count(m.lagNow()), count(m.lagMax())), "0"),
        /** The figures only some styles have: retries, duplicates, given up, replays, re-issues, client messages, blocked time. */
        OTHER(m -> String.join(" · ", extras(m)), "");

        private final Function<LaneMetrics, String> text;
        private final String before;

        Figure(Function<LaneMetrics, String> text, String before) {
            this.text = text;
            this.before = before;
        }
    }

    /** A figure the canvas and the table mention only when it is not zero. */
    private record Extra(String key, ToDoubleFunction<LaneMetrics> value, DoubleFunction<String> format) {
        static Extra count(String key, ToLongFunction<LaneMetrics> value) {
            return new Extra(key, m -> value.applyAsLong(m), v -> LaneRow.count((long) v));
        }
    }

    private static final List<Extra> EXTRAS = List.of(
            Extra.count("lanes.row.retries", LaneMetrics::retries),
            Extra.count("lanes.row.duplicates", LaneMetrics::duplicates),
            Extra.count("lanes.row.givenUp", LaneMetrics::givenUp),
            Extra.count("lanes.row.replays", LaneMetrics::replays),
            Extra.count("lanes.row.reissues", LaneMetrics::reissues),
            Extra.count("lanes.row.clientMessages", LaneMetrics::clientMessages),
            new Extra("lanes.row.blocked", LaneMetrics::blockedSeconds, LaneRow::seconds));

    private final int index;
    private final LaneType type;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LaneMetrics> metrics = new ReadOnlyObjectWrapper<>();
    private final Map<Figure, ObservableValue<String>> texts = new EnumMap<>(Figure.class);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    LaneRow(int index, String laneName, LaneType type) {
        this.index = index;
        this.type = type;
        name.set(laneName);
        for (Figure f : Figure.values()) {
            texts.put(f, metrics.map(f.text).orElse(f.before));
        }
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

    /** The lane's figures as of the latest snapshot; null before the first. */
    public ReadOnlyObjectProperty<LaneMetrics> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    /** {@code figure} in words, following the lane's figures. */
    public ObservableValue<String> text(Figure figure) {
        return texts.get(figure);
    }

    /** One line for the canvas beside the lane. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    void update(LaneMetrics m) {
        if (m.equals(metrics.get())) {
            return;
        }
        name.set(m.name());
        summary.set(summary(m));
        metrics.set(m);
    }

    private static String latency(LaneMetrics m) {
        Latency l = m.latency();
        return m.deliveries() == 0 ? "–"
                : seconds(l.p50()) + " / " + seconds(l.p95()) + " / " + seconds(l.p99());
    }

    private static List<String> extras(LaneMetrics m) {
        List<String> parts = new ArrayList<>();
        for (Extra e : EXTRAS) {
            double v = e.value().applyAsDouble(m);
            if (v > 0) {
                parts.add(Messages.format(e.key(), e.format().apply(v)));
            }
        }
        return parts;
    }

    private static String summary(LaneMetrics m) {
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
        for (String p : extras(m)) {
            s.append(" · ").append(p);
        }
        return s.toString();
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
