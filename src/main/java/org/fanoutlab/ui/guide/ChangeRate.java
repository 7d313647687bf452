package org.fanoutlab.ui.guide;

/** Question 4: how often is there actually something new? */
enum ChangeRate implements Choice {
    OFTEN("guide.change.often"),
    RARELY("guide.change.rarely");

    private final String key;

    ChangeRate(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
