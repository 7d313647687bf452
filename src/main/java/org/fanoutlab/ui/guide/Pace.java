package org.fanoutlab.ui.guide;

/** Question 3: can every receiver take updates as fast as they come? */
enum Pace implements Choice {
    KEEPS_UP,
    UNEVEN
}
