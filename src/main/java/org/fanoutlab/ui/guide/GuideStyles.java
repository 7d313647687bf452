package org.fanoutlab.ui.guide;

import org.fanoutlab.ui.common.StyleClass;

/** Style-class names of the guide; guide.css gives them their look. */
enum GuideStyles implements StyleClass {
    ROOT, TITLE, INTRO, QUESTIONS, QUESTION, QUESTION_TITLE, QUESTION_HELP, OPTION_HELP, ANSWER, APPROACH, WHY, NOTE;

    static final String STYLESHEET = "guide.css";

    @Override
    public String prefix() {
        return "guide-";
    }
}
