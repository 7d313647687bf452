package org.fanoutlab.ui.guide;

/** Question 3: can every receiver take updates as fast as they come? */
enum Pace implements Choice {
    KEEPS_UP("guide.pace.keepsUp"),
    UNEVEN("guide.pace.uneven");

    private final String key;

    Pace(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
