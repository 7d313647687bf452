package org.fanoutlab.ui.guide;

/** Question 4: how often is there actually something new? */
enum ChangeRate implements Choice {
    OFTEN,
    RARELY
}
