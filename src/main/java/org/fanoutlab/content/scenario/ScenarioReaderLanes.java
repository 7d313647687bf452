package org.fanoutlab.content.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneSpec;
import org.fanoutlab.engine.lanes.LaneType;
import org.fanoutlab.engine.lanes.OnFull;

/**
 * Reads the optional {@code lanes} list of a scenario file (docs/decisions/0007-delivery-lanes.md). Kept apart
 * from {@link ScenarioValidator} so that the fan-out fields' reader stays as it was; problems go through the
 * validator's own reporter, so they carry the same line:column positions.
 *
 * <pre>
 * "lanes": [
 *   { "name": "poll every 30 s", "type": "short-poll", "intervalSeconds": 30 },
 *   { "name": "slow reader", "type": "push-to-slow-consumer", "consumerCapacityPerSecond": 0.5,
 *     "bufferSize": 10, "onFull": "drop" }
 * ]
 * </pre>
 * Every parameter is optional and takes the default documented on {@link LaneParam}; {@code name} defaults to the
 * type; names must be unique (reports key on them).
 */
final class ScenarioReaderLanes {
    private ScenarioReaderLanes() {
    }

    /**
     * @param arr      the {@code lanes} value, or null when the file has none
     * @param problem  reports a problem at a field path ({@code lanes[2].failureRate}, {@code …#name} for names)
     * @return the lanes, empty when absent, or null when any lane is invalid
     */
    static List<LaneSpec> read(JsonNode arr, BiConsumer<String, String> problem) {
        if (arr == null) {
            return List.of();
        }
        if (!arr.isArray()) {
            problem.accept("lanes", "lanes must be a list [ … ] of lanes, was " + kind(arr));
            return null;
        }
        List<LaneSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            LaneSpec lane = lane(arr.get(i), "lanes[" + i + "]", problem);
            if (lane == null) {
                ok = false;
            } else if (!names.add(lane.name())) {
                String at = arr.get(i).has("name") ? "lanes[" + i + "].name" : "lanes[" + i + "]";
                problem.accept(at, "lanes[" + i + "] repeats the lane name \"" + lane.name()
                        + "\" (each lane needs its own name)");
                ok = false;
            } else {
                out.add(lane);
            }
        }
        return ok ? out : null;
    }

    private static LaneSpec lane(JsonNode o, String path, BiConsumer<String, String> problem) {
        if (!o.isObject()) {
            problem.accept(path, path + " must be an object { \"type\": … }, was " + kind(o));
            return null;
        }
        JsonNode typeNode = o.get("type");
        if (typeNode == null) {
            problem.accept(path, "missing required field \"" + path + ".type\" (one of: " + LaneType.ids() + ")");
            return null;
        }
        LaneType type = typeNode.isTextual() ? LaneType.fromId(typeNode.asText()) : null;
        if (type == null) {
            problem.accept(path + ".type", path + ".type must be one of " + LaneType.ids() + ", was "
                    + kind(typeNode));
            return null;
        }
        boolean ok = true;
        List<String> expected = new ArrayList<>(List.of("name", "type"));
        for (LaneParam p : type.params()) {
            expected.add(p.id());
        }
        if (type.hasOnFull()) {
            expected.add("onFull");
        }
        Iterator<String> fields = o.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (!expected.contains(f)) {
                problem.accept(path + "." + f + "#name", "unknown field \"" + path + "." + f + "\" for a " + type.id()
                        + " lane (expected one of: " + String.join(", ", expected) + ")");
                ok = false;
            }
        }
        String name = type.id();
        JsonNode nameNode = o.get("name");
        if (nameNode != null) {
            if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
                problem.accept(path + ".name", path + ".name must be a non-empty string, was " + kind(nameNode));
                ok = false;
            } else {
                name = nameNode.asText();
            }
        }
        Map<LaneParam, Double> params = new EnumMap<>(LaneParam.class);
        for (LaneParam p : type.params()) {
            JsonNode v = o.get(p.id());
            if (v == null) {
                continue;
            }
            String at = path + "." + p.id();
            if (!v.isNumber()) {
                problem.accept(at, at + " must be a number, was " + kind(v));
                ok = false;
            } else if (!p.accepts(v.asDouble())) {
                problem.accept(at, at + " must be " + p.range() + ", was " + v.asText());
                ok = false;
            } else {
                params.put(p, v.asDouble());
            }
        }
        OnFull onFull = OnFull.DROP;
        JsonNode onFullNode = o.get("onFull");
        if (type.hasOnFull() && onFullNode != null) {
            try {
                if (!onFullNode.isTextual()) {
                    throw new IllegalArgumentException();
                }
                onFull = OnFull.fromId(onFullNode.asText());
            } catch (IllegalArgumentException e) {
                problem.accept(path + ".onFull", path + ".onFull must be drop or block, was " + kind(onFullNode));
                ok = false;
            }
        }
        return ok ? new LaneSpec(name, type, params, onFull) : null;
    }

    private static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "\"" + v.asText() + "\"";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "an object";
        }
        return v.toString();
    }
}
