package org.fanoutlab.ui.quiz;

/**
 * A quiz panel's unchecked input (and whether its hint shows), carried to the panel that replaces it when the UI
 * changes language (docs/decisions/0011-ui-language.md). Opaque outside this package.
 *
 * @param input what the panel's input returned from its draft; null when only the hint is carried
 */
public record QuizDraft(Object input, boolean hintShown) {
}
