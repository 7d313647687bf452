package org.fanoutlab.ui.guide;

/** Question 1: how soon must a change reach the people who care about it? */
enum Freshness implements Choice {
    SUB_SECOND,
    SECONDS_TO_MINUTES,
    MINUTES_TO_HOURS
}
