package org.fanoutlab.ui.guide;

/** Question 2: how many receivers does one sender's update go to? */
enum FanOut implements Choice {
    FEW,
    SOME_MILLIONS,
    MANY_TO_ONE
}
