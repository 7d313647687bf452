package org.fanoutlab.ui.guide;

/** Style-class names of the guide; guide.css gives them their look. */
final class GuideStyles {
    static final String STYLESHEET = "guide.css";
    static final String ROOT = "guide";
    static final String TITLE = "guide-title";
    static final String INTRO = "guide-intro";
    static final String QUESTIONS = "guide-questions";
    static final String QUESTION = "guide-question";
    static final String QUESTION_TITLE = "guide-question-title";
    static final String QUESTION_HELP = "guide-question-help";
    static final String OPTION_HELP = "guide-option-help";
    static final String ANSWER = "guide-answer";
    static final String APPROACH = "guide-approach";
    static final String WHY = "guide-why";
    static final String NOTE = "guide-note";

    private GuideStyles() {
    }
}
