package org.fanoutlab.ui.guide;

/** Question 3: can every receiver take updates as fast as they come? */
enum Pace implements Choice {
    KEEPS_UP("Yes, receivers keep up", "Every receiver can take updates at whatever rate they are produced."),
    UNEVEN("No, some are slow or busy", "Some receivers process slowly, go offline, or need to work in batches.");

    private final String label;
    private final String explanation;

    Pace(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
