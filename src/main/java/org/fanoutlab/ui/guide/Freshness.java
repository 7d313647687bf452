package org.fanoutlab.ui.guide;

/** Question 1: how soon must a change reach the people who care about it? */
enum Freshness implements Choice {
    SUB_SECOND("Within a second", "Chat messages, live prices, a multiplayer game."),
    SECONDS_TO_MINUTES("Within seconds to a few minutes", "A social feed, a delivery tracker, a build status page."),
    MINUTES_TO_HOURS("Minutes or hours late is fine", "A daily report, a newsletter, a nightly data sync.");

    private final String label;
    private final String explanation;

    Freshness(String label, String explanation) {
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
