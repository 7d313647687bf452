package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import javafx.scene.text.Text;

/**
 * Quiz prompts, feedback and explanations allow inline Markdown (ADR 0001): emphasis, strong, code. This
 * turns such a string into styled {@link Text} runs for a {@link SelectableText}. Block syntax is read as
 * plain paragraphs; links show their text and address, since a quiz is no place to navigate away.
 */
public final class InlineMarkdown {
    public static final String CODE = "md-code";
    public static final String STRONG = "md-strong";
    public static final String EMPHASIS = "md-emphasis";
    public static final String STRONG_EMPHASIS = "md-strong-emphasis";

    /** Inline syntax only: "1. Read the cache" stays those words, not a list that loses its number. */
    private static final Parser PARSER = Parser.builder().enabledBlockTypes(java.util.Set.of()).build();

    private InlineMarkdown() {
    }

    public static SelectableText render(String markdown, String... styleClasses) {
        SelectableText flow = new SelectableText(runs(markdown).toArray(Text[]::new));
        flow.getStyleClass().addAll(styleClasses);
        return flow;
    }

    public static List<Text> runs(String markdown) {
        List<Text> out = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return out;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            private boolean strong;
            private boolean emphasis;
            private boolean firstParagraph = true;

            @Override
            public void visit(Paragraph paragraph) {
                if (!firstParagraph) {
                    out.add(run("\n\n"));
                }
                firstParagraph = false;
                visitChildren(paragraph);
            }

            @Override
            public void visit(org.commonmark.node.Text text) {
                out.add(run(text.getLiteral()));
            }

            @Override
            public void visit(Code code) {
                Text t = new Text(code.getLiteral());
                t.getStyleClass().add(CODE);
                out.add(t);
            }

            @Override
            public void visit(Emphasis e) {
                visitStyled(e, strong, true);
            }

            @Override
            public void visit(StrongEmphasis e) {
                visitStyled(e, true, emphasis);
            }

            /** Visits {@code node}'s text in the styles given, then goes back to the ones around it. */
            private void visitStyled(Node node, boolean strongInside, boolean emphasisInside) {
                boolean wasStrong = strong;
                boolean wasEmphasis = emphasis;
                strong = strongInside;
                emphasis = emphasisInside;
                visitChildren(node);
                strong = wasStrong;
                emphasis = wasEmphasis;
            }

            @Override
            public void visit(SoftLineBreak b) {
                out.add(run(" "));
            }

            @Override
            public void visit(HardLineBreak b) {
                out.add(run("\n"));
            }

            @Override
            public void visit(Link link) {
                visitChildren(link);
                out.add(run(" (" + link.getDestination() + ")"));
            }

            private Text run(String s) {
                Text t = new Text(s);
                if (strong && emphasis) {
                    t.getStyleClass().add(STRONG_EMPHASIS);
                } else if (strong) {
                    t.getStyleClass().add(STRONG);
                } else if (emphasis) {
                    t.getStyleClass().add(EMPHASIS);
                }
                return t;
            }
        });
        return out;
    }
}
