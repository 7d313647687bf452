package org.fanoutlab.ui.guide;

/** Question 2: how many receivers does one sender's update go to? */
enum FanOut implements Choice {
    FEW("guide.fanout.few"),
    SOME_MILLIONS("guide.fanout.millions"),
    MANY_TO_ONE("guide.fanout.manyToOne");

    private final String key;

    FanOut(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
