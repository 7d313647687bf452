package org.fanoutlab.engine.lanes;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One lane of a scenario: a consumer of the first producer's posts and the way it learns of them.
 *
 * @param params every parameter of {@code type}: missing ones take their defaults, values are range-checked
 * @param onFull what a full buffer does; only meaningful for {@link LaneType#PUSH_TO_SLOW_CONSUMER}
 */
public record LaneSpec(String name, LaneType type, Map<LaneParam, Double> params, OnFull onFull) {
    public LaneSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a lane's name must not be empty");
        }
        EnumMap<LaneParam, Double> full = new EnumMap<>(LaneParam.class);
        Map<LaneParam, Double> given = params == null ? Map.of() : params;
        for (Map.Entry<LaneParam, Double> e : given.entrySet()) {
            if (!type.params().contains(e.getKey())) {
                throw new IllegalArgumentException("lane '" + name + "' (" + type.id() + ") has no parameter "
                        + e.getKey().id());
            }
        }
        for (LaneParam p : type.params()) {
            double v = given.containsKey(p) ? given.get(p) : p.defaultValue();
            if (!p.accepts(v)) {
                throw new IllegalArgumentException("lane '" + name + "': " + p.id() + " must be " + p.range()
                        + ", was " + v);
            }
            full.put(p, v);
        }
        params = java.util.Collections.unmodifiableMap(full);
        onFull = onFull == null ? OnFull.DROP : onFull;
    }

    /** A lane with every parameter at its default. */
    public static LaneSpec of(String name, LaneType type) {
        return new LaneSpec(name, type, Map.of(), OnFull.DROP);
    }

    public double get(LaneParam p) {
        Double v = params.get(p);
        if (v == null) {
            throw new IllegalArgumentException(type.id() + " has no parameter " + p.id());
        }
        return v;
    }

    public LaneSpec with(LaneParam p, double v) {
        EnumMap<LaneParam, Double> copy = new EnumMap<>(LaneParam.class);
        copy.putAll(params);
        copy.put(p, v);
        return new LaneSpec(name, type, copy, onFull);
    }

    public LaneSpec withOnFull(OnFull o) {
        return new LaneSpec(name, type, params, o);
    }
}
