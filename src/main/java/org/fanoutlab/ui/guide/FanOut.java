package org.fanoutlab.ui.guide;

/** Question 2: how many receivers does one sender's update go to? */
enum FanOut implements Choice {
    FEW("Each sender reaches a modest audience", "Hundreds or thousands of receivers per update, never millions."),
    SOME_MILLIONS("Some senders reach millions", "Most audiences are small, but a few accounts are followed by millions."),
    MANY_TO_ONE("Many senders, one receiver", "Sensors, services or logs all reporting to one collector.");

    private final String label;
    private final String explanation;

    FanOut(String label, String explanation) {
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
