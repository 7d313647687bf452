package org.fanoutlab.ui.quiz;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.fanoutlab.content.ChoiceQuiz;
import org.fanoutlab.content.QuizAnswers;
import org.fanoutlab.ui.common.NumberInput;

/**
 * Text the quiz screens show: the learner's typed numbers (parsing never throws: a bad number is an empty result
 * the panel explains), figures for reading, and inline Markdown as plain words. What the progress file keeps is
 * {@link QuizAnswers}' business.
 */
public final class AnswerText {
    /** Inline syntax only: "1. Read the cache" stays those words, not a list that loses its number. */
    private static final Parser MARKDOWN = Parser.builder().enabledBlockTypes(java.util.Set.of()).build();

    private AnswerText() {
    }

    /** Option letter for an index: 0 → A. */
    public static String letter(int index) {
        return ChoiceQuiz.letter(index);
    }

    /**
     * Inline Markdown as the words a reader sees ("the **consumer**" → "the consumer"), without the scene graph:
     * for accessible text, tooltips and one-line summaries. Links keep their text and address, as in
     * {@link InlineMarkdown}.
     */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                sb.append('\n');
            }

            @Override
            public void visit(Link link) {
                visitChildren(link);
                sb.append(" (").append(link.getDestination()).append(')');
            }
        });
        return sb.toString();
    }

    /**
     * Reads a typed number the way the UI's language writes it, or the way English material does: "119", "2.5",
     * "-3", "50,000,000", "50 000 000", "2,5" and "1e6"; in Spanish also "20.000" and "1.234,5"
     * ({@link NumberInput#parseNumber}). Empty for anything else, including NaN and infinities.
     */
    public static Optional<Double> parseNumber(String typed) {
        return NumberInput.parseNumber(typed);
    }

    /** A number without grouping and without trailing zeros: 119, 2.5, 0.125 (the stored form). */
    public static String plain(double v) {
        return QuizAnswers.plain(v);
    }

    /** Simulated seconds as a run's clock: 45 → "0:45", 3725 → "1:02:05". */
    public static String runClock(double seconds) {
        long s = (long) Math.floor(Math.max(0, seconds));
        long h = s / 3600;
        long m = s % 3600 / 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }

    /** A figure for reading, in the UI's language: grouped, at most two decimals (50,000,000; 24.75). */
    public static String readable(double v) {
        return NumberInput.formatDecimal(v, 2);
    }
}
