package org.fanoutlab.content.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.fanoutlab.engine.Limits;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.lanes.LaneSpec;

/**
 * Turns a parsed scenario tree into a {@link Scenario}, collecting one problem per bad field, each at a field
 * path ({@code producers[0].followers}); the reader turns paths into line and column only when there are
 * problems, so a valid file costs no position bookkeeping.
 */
final class ScenarioValidator {
    static final double DEFAULT_POLL_INTERVAL_SECONDS = 30;
    static final long DEFAULT_CELEBRITY_THRESHOLD = 1_000_000;
    static final double DEFAULT_FANOUT_WRITES_PER_SECOND = 0;
    static final int DEFAULT_CACHE_CAPACITY = 800;
    static final double MAX_POSTS_PER_HOUR = Limits.MAX_POSTS_PER_HOUR;
    static final int MAX_CACHE_CAPACITY = Limits.MAX_CACHE_CAPACITY;

    /** A problem at a field path, not yet placed in the file. */
    record Pending(String path, String message) {
    }

    private static final Set<String> TOP_FIELDS = Set.of("name", "description", "model", "durationSeconds", "seed",
            "consumers", "producers", "pollIntervalSeconds", "celebrityThreshold", "fanoutWritesPerSecond",
            "cacheCapacity", "lanes");
    private static final List<String> TOP_ORDER = List.of("name", "description", "model", "durationSeconds",
            "seed", "consumers", "producers", "pollIntervalSeconds", "celebrityThreshold", "fanoutWritesPerSecond",
            "cacheCapacity", "lanes");
    private static final List<String> PRODUCER_ORDER = List.of("name", "followers", "postsPerHour", "schedule");
    private static final Set<String> PRODUCER_FIELDS = Set.copyOf(PRODUCER_ORDER);

    private final List<Pending> problems = new ArrayList<>();

    /** The problems found, in the order found. */
    List<Pending> problems() {
        return problems;
    }

    /** @return the scenario, or null when there are {@link #problems()} */
    Scenario validate(JsonNode root) {
        if (!root.isObject()) {
            problem("", "a scenario must be a JSON object { … }, was " + describe(root));
            return null;
        }
        unknownFields(root, "", TOP_FIELDS, TOP_ORDER);
        String name = requiredString(root, "", "name");
        String description = optionalString(root, "", "description", "");
        Model model = null;
        String modelId = requiredString(root, "", "model");
        if (modelId != null) {
            try {
                model = Model.fromId(modelId);
            } catch (IllegalArgumentException e) {
                problem("model", "model must be push, pull or hybrid, was \"" + modelId + "\"");
            }
        }
        Double duration = number(root, "", "durationSeconds", true, null);
        if (duration != null && (!(duration > 0) || duration > Limits.MAX_DURATION_SECONDS)) {
            problem("durationSeconds", "durationSeconds must be above 0 and at most "
                    + fmt(Limits.MAX_DURATION_SECONDS) + " (30 days), was " + fmt(duration));
            duration = null;
        }
        Long seed = whole(root, "", "seed", false, 0L);
        Long consumers = whole(root, "", "consumers", true, null);
        if (consumers != null && (consumers < 1 || consumers > Limits.MAX_PEOPLE)) {
            problem("consumers", "consumers must be 1 to " + fmt(Limits.MAX_PEOPLE) + ", was " + fmt(consumers));
            consumers = null;
        }
        List<Producer> producers = producers(root, consumers);
        Double poll = number(root, "", "pollIntervalSeconds", false, DEFAULT_POLL_INTERVAL_SECONDS);
        if (poll != null && (!(poll >= Limits.MIN_POLL_INTERVAL_SECONDS) || poll > Limits.MAX_DURATION_SECONDS)) {
            problem("pollIntervalSeconds", "pollIntervalSeconds must be " + Limits.MIN_POLL_INTERVAL_SECONDS
                    + " (one feed open a millisecond) to " + fmt(Limits.MAX_DURATION_SECONDS) + ", was "
                    + fmt(poll));
            poll = null;
        }
        Long threshold = whole(root, "", "celebrityThreshold", false, DEFAULT_CELEBRITY_THRESHOLD);
        if (threshold != null && threshold < 1) {
            problem("celebrityThreshold", "celebrityThreshold must be 1 or more, was " + fmt(threshold));
            threshold = null;
        }
        Double rate = number(root, "", "fanoutWritesPerSecond", false, DEFAULT_FANOUT_WRITES_PER_SECOND);
        if (rate != null && !(rate >= 0)) {
            problem("fanoutWritesPerSecond",
                    "fanoutWritesPerSecond must be 0 (unlimited) or more, was " + fmt(rate));
            rate = null;
        }
        Long capacity = whole(root, "", "cacheCapacity", false, (long) DEFAULT_CACHE_CAPACITY);
        if (capacity != null && (capacity < 1 || capacity > MAX_CACHE_CAPACITY)) {
            problem("cacheCapacity", "cacheCapacity must be 1 to " + fmt(MAX_CACHE_CAPACITY) + ", was "
                    + fmt(capacity));
            capacity = null;
        }
        List<LaneSpec> lanes = ScenarioReaderLanes.read(root.get("lanes"), this::problem);
        if (lanes != null && lanes.size() > Limits.MAX_LANES) {
            problem("lanes", "lanes may list at most " + Limits.MAX_LANES + " lanes, listed " + lanes.size());
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new Scenario(name, description, model, duration, seed, consumers, producers, poll, threshold,
                    rate, capacity.intValue(), lanes);
        } catch (IllegalArgumentException | NullPointerException e) {
            problem("", e.getMessage());
            return null;
        }
    }

    private List<Producer> producers(JsonNode root, Long consumers) {
        JsonNode arr = root.get("producers");
        if (arr == null) {
            problem("", "missing required field \"producers\" (a list of producers, each with name, followers"
                    + " and postsPerHour)");
            return null;
        }
        if (!arr.isArray()) {
            problem("producers", "producers must be a list [ … ], was " + describe(arr));
            return null;
        }
        if (arr.isEmpty()) {
            problem("producers", "producers must name at least one producer");
            return null;
        }
        if (arr.size() > Limits.MAX_PRODUCERS) {
            problem("producers", tooManyProducers(arr.size()));
            return null;
        }
        List<Producer> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            String path = "producers[" + i + "]";
            JsonNode p = arr.get(i);
            if (!p.isObject()) {
                problem(path, path + " must be an object { … }, was " + describe(p));
                ok = false;
                continue;
            }
            int before = problems.size();
            unknownFields(p, path, PRODUCER_FIELDS, PRODUCER_ORDER);
            String name = requiredString(p, path, "name");
            Long followers = whole(p, path, "followers", true, null);
            if (followers != null && (followers < 1 || followers > Limits.MAX_PEOPLE)) {
                problem(path + ".followers", path + ".followers must be 1 to " + fmt(Limits.MAX_PEOPLE) + ", was "
                        + fmt(followers));
                followers = null;
            }
            if (followers != null && consumers != null && followers > consumers) {
                problem(path + ".followers", path + ".followers must be at most consumers (" + fmt(consumers)
                        + "), was " + fmt(followers));
                followers = null;
            }
            Double pph = number(p, path, "postsPerHour", true, null);
            if (pph != null && (!(pph >= 0) || pph > MAX_POSTS_PER_HOUR)) {
                problem(path + ".postsPerHour", path + ".postsPerHour must be 0 to " + fmt(MAX_POSTS_PER_HOUR)
                        + ", was " + fmt(pph));
                pph = null;
            }
            Schedule schedule = Schedule.UNIFORM;
            String scheduleId = optionalString(p, path, "schedule", "uniform");
            if (scheduleId != null) {
                try {
                    schedule = Schedule.fromId(scheduleId);
                } catch (IllegalArgumentException e) {
                    problem(path + ".schedule", path + ".schedule must be uniform or poisson, was \"" + scheduleId
                            + "\"");
                }
            }
            if (problems.size() == before && name != null && followers != null && pph != null) {
                out.add(new Producer(name, followers, pph, schedule));
            } else {
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private void unknownFields(JsonNode obj, String path, Set<String> known, List<String> order) {
        Iterator<String> names = obj.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!known.contains(f)) {
                String full = path.isEmpty() ? f : path + "." + f;
                problem(full + "#name", "unknown field \"" + full + "\" (expected one of: "
                        + String.join(", ", order) + ")");
            }
        }
    }

    private String requiredString(JsonNode obj, String path, String field) {
        JsonNode v = field(obj, path, field, true);
        String full = join(path, field);
        if (v == null || !shaped(v.isTextual(), v, full, "a string")) {
            return null;
        }
        if (v.asText().isBlank()) {
            problem(full, full + " must not be empty");
            return null;
        }
        return v.asText();
    }

    private String optionalString(JsonNode obj, String path, String field, String dflt) {
        JsonNode v = obj.get(field);
        if (v == null) {
            return dflt;
        }
        return shaped(v.isTextual(), v, join(path, field), "a string") ? v.asText() : null;
    }

    private Double number(JsonNode obj, String path, String field, boolean required, Double dflt) {
        return numeric(obj, path, field, required, dflt, "a number", this::finite);
    }

    private Long whole(JsonNode obj, String path, String field, boolean required, Long dflt) {
        return numeric(obj, path, field, required, dflt, "a whole number", this::wholeValue);
    }

    /**
     * A numeric field: {@code dflt} when it is absent, null when it is no number ({@code what}: "a number") or
     * {@code convert} finds it out of reach; each problem is said at the field.
     */
    private <T> T numeric(JsonNode obj, String path, String field, boolean required, T dflt, String what,
            BiFunction<JsonNode, String, T> convert) {
        JsonNode v = field(obj, path, field, required);
        if (v == null) {
            return dflt;
        }
        String full = join(path, field);
        return shaped(v.isNumber(), v, full, what) ? convert.apply(v, full) : null;
    }

    private Double finite(JsonNode v, String full) {
        double d = v.asDouble();
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            problem(full, full + " is too large, was " + v.asText());
            return null;
        }
        return d;
    }

    private Long wholeValue(JsonNode v, String full) {
        if (v.isIntegralNumber()) {
            if (!v.canConvertToLong()) {
                problem(full, full + " is too large, was " + v.asText());
                return null;
            }
            return v.asLong();
        }
        double d = v.asDouble();
        if (d != Math.rint(d) || Math.abs(d) > 9e15) {
            problem(full, full + " must be a whole number, was " + v.asText());
            return null;
        }
        return (long) d;
    }

    /** The field's value, or null when it is absent; an absent required field is a problem at its object. */
    private JsonNode field(JsonNode obj, String path, String field, boolean required) {
        JsonNode v = obj.get(field);
        if (v == null && required) {
            problem(path, "missing required field \"" + join(path, field) + "\"");
        }
        return v;
    }

    /** Whether a value has the type its field needs ({@code ok}); when not, says so at the field. */
    private boolean shaped(boolean ok, JsonNode v, String full, String what) {
        if (!ok) {
            problem(full, full + " must be " + what + ", was " + describe(v));
        }
        return ok;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String describe(JsonNode v) {
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            String s = v.asText();
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "an object";
        }
        return v.asText();
    }

    private void problem(String path, String message) {
        problems.add(new Pending(path, message));
    }

    static String tooManyProducers(long listed) {
        return "producers may name at most " + fmt(Limits.MAX_PRODUCERS) + " producers, named " + fmt(listed)
                + " (each is an account the engine and this reader track one by one; see README, \"Limits\")";
    }

    static String fmt(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return fmt((long) v);
        }
        return String.valueOf(v);
    }
}
