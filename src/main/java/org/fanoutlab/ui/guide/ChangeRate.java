package org.fanoutlab.ui.guide;

/** Question 4: how often is there actually something new? */
enum ChangeRate implements Choice {
    OFTEN("Often", "New data most times a receiver would look."),
    RARELY("Rarely", "Long quiet stretches; most looks would find nothing new.");

    private final String label;
    private final String explanation;

    ChangeRate(String label, String explanation) {
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
