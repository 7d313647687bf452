package org.fanoutlab.ui.lanes;

import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.engine.lanes.LaneParam;

/**
 * The part of a parameter's range a slider covers (the file may hold more: typed values in a scenario file are
 * kept, and the slider widens to include them). Ranges over several decades are logarithmic, so that 0.1 s and
 * 30 s are both reachable on one control.
 */
record SliderRange(double lo, double hi, boolean log, boolean whole) {

    static SliderRange forParam(LaneParam p, double current) {
        SliderRange r = switch (p) {
            case INTERVAL_SECONDS -> new SliderRange(1, 3_600, true, false);
            case HOLD_SECONDS -> new SliderRange(1, 600, true, false);
            case ROUND_TRIP_SECONDS, FETCH_ROUND_TRIP_SECONDS -> new SliderRange(0.01, 5, true, false);
            case RECONNECT_DELAY_SECONDS -> new SliderRange(0, 120, false, false);
            case DROPS_PER_HOUR -> new SliderRange(0, 60, false, false);
            case FAILURE_RATE, ACK_LOSS_RATE -> new SliderRange(0, 1, false, false);
            case RETRY_BASE_SECONDS -> new SliderRange(1, 3_600, true, false);
            case MAX_ATTEMPTS -> new SliderRange(1, 20, false, true);
            case CONSUMER_CAPACITY_PER_SECOND -> new SliderRange(0.001, 100, true, false);
            case BATCH_SIZE -> new SliderRange(1, 1_000, true, true);
            case FETCH_WAIT_SECONDS -> new SliderRange(0.01, 30, true, false);
            case BUFFER_SIZE -> new SliderRange(1, 1_000, true, true);
            case NOTIFY_SECONDS -> new SliderRange(0, 5, false, false);
            case REISSUE_SECONDS -> new SliderRange(60, 3_600, true, false);
            case REISSUE_GAP_SECONDS -> new SliderRange(0, 30, false, false);
            case CLIENT_MESSAGES_PER_MINUTE -> new SliderRange(0, 600, false, false);
        };
        double lo = Math.max(p.min(), Math.min(r.lo, current));
        double hi = Math.min(p.max(), Math.max(r.hi, current));
        return new SliderRange(lo, hi, r.log && lo > 0, p.whole());
    }

    /** Slider position 0..1 → value, rounded to whole numbers where only those make sense. */
    double fromPosition(double position) {
        double q = Math.max(0, Math.min(1, position));
        double v = log ? lo * Math.pow(hi / lo, q) : lo + (hi - lo) * q;
        if (whole) {
            v = Math.rint(v);
        } else {
            v = round3(v);
        }
        return Math.max(lo, Math.min(hi, v));
    }

    double toPosition(double value) {
        double v = Math.max(lo, Math.min(hi, value));
        if (hi == lo) {
            return 0;
        }
        return log ? Math.log(v / lo) / Math.log(hi / lo) : (v - lo) / (hi - lo);
    }

    /** Three significant digits: a slider is not a place for 14.9873 s. */
    static double round3(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }

    /** The value with the parameter's unit; {@code p} null gives the bare number. */
    static String format(LaneParam p, double v) {
        String num;
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            num = NumberInput.formatWhole(v);
        } else if (Math.abs(v) >= 10) {
            num = NumberInput.formatDecimal(v, 1);
        } else {
            num = NumberInput.formatDecimal(round3(v), 10);
        }
        if (p == null) {
            return num;
        }
        if (p == LaneParam.FAILURE_RATE || p == LaneParam.ACK_LOSS_RATE) {
            return NumberInput.formatPercent(Math.round(v * 100) / 100.0);
        }
        String unit = p.unit();
        return unit.isEmpty() ? num : unit.startsWith("/") ? num + " " + unit : num + " " + unit;
    }
}
