package org.fanoutlab.ui.lesson;

import org.fanoutlab.ui.common.StyleClass;

/** The Markdown a lesson renders: style-class names lesson.css defines. */
enum MarkdownStyles implements StyleClass {
    PARAGRAPH, HEADING, LINK, URL, CODE_BLOCK, CODE_BLOCK_TEXT, LIST, LIST_ITEM, LIST_MARKER, LIST_BODY, CALLOUT,
    TABLE, TABLE_CELL, TABLE_HEADER, TABLE_ODD, RULE, IMAGE, IMAGE_MISSING;

    /** Followed by the heading level: md-h1, md-h2… */
    static final String HEADING_LEVEL_PREFIX = "md-h";

    @Override
    public String prefix() {
        return "md-";
    }
}
