package org.fanoutlab.ui.classroom;

import java.util.List;

/** What the results area draws for the question asked: bars, rows split by part, or a dot plot. */
public sealed interface Chart permits Chart.Bars, Chart.Parts, Chart.Dots {

    /** single, multiple and true-false: one bar per option. */
    record Bars(List<Bar> bars) implements Chart {
        public Bars {
            bars = List.copyOf(bars);
        }
    }

    /**
     * classify and order: one row per item or step, split by where the room put it.
     *
     * @param categories classify: the buckets; order: the positions ("1", "2"…)
     */
    record Parts(List<String> categories, List<PartRow> rows) implements Chart {
        public Parts {
            categories = List.copyOf(categories);
            rows = List.copyOf(rows);
        }
    }

    /** numeric and predict: a dot per guess. */
    record Dots(DotPlot plot, String unit) implements Chart {
    }

    /**
     * One option's bar.
     *
     * @param share   of those who answered, 0 to 1 (a multiple answer counts for every option it picks)
     * @param correct whether it is a right option, after the reveal; null before
     */
    record Bar(String label, int count, double share, Boolean correct) {
    }

    /**
     * One item (classify) or step (order): how many put it in each category.
     *
     * @param counts     per category
     * @param right      the right category once revealed, else -1
     * @param rightShare the share who put it there, once revealed; NaN before
     */
    record PartRow(String label, List<Integer> counts, int answered, int right, double rightShare) {
        public PartRow {
            counts = List.copyOf(counts);
        }
    }
}
