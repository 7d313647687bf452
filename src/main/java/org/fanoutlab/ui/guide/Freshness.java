package org.fanoutlab.ui.guide;

/** Question 1: how soon must a change reach the people who care about it? */
enum Freshness implements Choice {
    SUB_SECOND("guide.freshness.subSecond"),
    SECONDS_TO_MINUTES("guide.freshness.seconds"),
    MINUTES_TO_HOURS("guide.freshness.hours");

    private final String key;

    Freshness(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
