package org.fanoutlab.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.fanoutlab.content.ContentPaths;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.quiz.InlineMarkdown;
import org.fanoutlab.ui.quiz.SelectableText;

/**
 * Turns a lesson's Markdown into JavaFX nodes (one per top-level block). Paragraphs, headings, list items
 * and table cells are {@link SelectableText}, so every word can be selected and copied. Links to another
 * lesson's file open that lesson in the app; other links show their address as text (the app never
 * launches a browser). Images come only from the assets folder, by the rule check-lessons applies
 * ({@link ContentPaths#resolveAsset}).
 */
final class MarkdownRenderer {
    /** Widest an image may be drawn: the reading column's width. */
    static final double MAX_IMAGE_WIDTH = 720;

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Function<String, Optional<String>> lessonForLink;
    private final Consumer<String> openLesson;
    private final Path assetsDir;

    /**
     * @param lessonForLink the lesson id a link destination names, if any
     * @param openLesson    opens a lesson by id (a click on a lesson link)
     */
    MarkdownRenderer(Function<String, Optional<String>> lessonForLink, Consumer<String> openLesson, Path assetsDir) {
        this.lessonForLink = lessonForLink;
        this.openLesson = openLesson;
        this.assetsDir = assetsDir;
    }

    List<Node> render(String markdown) {
        return render(markdown, null);
    }

    /**
     * @param title the lesson's title: a level-1 heading at the very start that repeats it is left out, since
     *              the reader shows the title above the text already (lessons carry it so they read well on a
     *              code host)
     */
    List<Node> render(String markdown, String title) {
        VBox root = new VBox();
        Builder b = new Builder(root);
        org.commonmark.node.Node doc = PARSER.parse(markdown == null ? "" : markdown);
        if (title != null && doc.getFirstChild() instanceof Heading h && h.getLevel() == 1
                && plainText(h).strip().equalsIgnoreCase(title.strip())) {
            h.unlink();
        }
        doc.accept(b);
        return new ArrayList<>(root.getChildren());
    }

    private static String plainText(org.commonmark.node.Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }

    private final class Builder extends AbstractVisitor {
        private final Deque<VBox> containers = new ArrayDeque<>();
        private final Deque<String> inlineStyles = new ArrayDeque<>();
        private SelectableText flow;
        private List<Node> pendingImages = new ArrayList<>();
        private String linkLesson;

        Builder(VBox root) {
            containers.push(root);
        }

        private void add(Node n) {
            containers.peek().getChildren().add(n);
        }

        // --- blocks -----------------------------------------------------------------------------------

        @Override
        public void visit(Heading heading) {
            SelectableText t = inline(heading, MarkdownStyles.HEADING.css(), MarkdownStyles.HEADING_LEVEL_PREFIX + heading.getLevel());
            t.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
            add(t);
        }

        @Override
        public void visit(Paragraph paragraph) {
            SelectableText t = inline(paragraph, MarkdownStyles.PARAGRAPH.css());
            if (!t.text().isBlank()) {
                add(t);
            }
            pendingImages.forEach(this::add); // images sit on their own line below the paragraph's text
            pendingImages = new ArrayList<>();
        }

        @Override
        public void visit(FencedCodeBlock code) {
            add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(BulletList list) {
            list(list, -1);
        }

        @Override
        public void visit(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            list(list, start == null ? 1 : start);
        }

        @Override
        public void visit(BlockQuote quote) {
            VBox callout = new VBox();
            callout.getStyleClass().add(MarkdownStyles.CALLOUT.css());
            add(callout);
            containers.push(callout);
            visitChildren(quote);
            containers.pop();
        }

        @Override
        public void visit(ThematicBreak rule) {
            Separator s = new Separator();
            s.getStyleClass().add(MarkdownStyles.RULE.css());
            add(s);
        }

        @Override
        public void visit(HtmlBlock html) {
            if (!html.getLiteral().strip().startsWith("<!--")) { // comments are notes for authors
                SelectableText t = new SelectableText(new Text(html.getLiteral().strip()));
                t.getStyleClass().add(MarkdownStyles.PARAGRAPH.css());
                add(t);
            }
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                add(table(table));
            } else {
                visitChildren(block);
            }
        }

        // --- inlines ----------------------------------------------------------------------------------

        @Override
        public void visit(org.commonmark.node.Text text) {
            run(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            inlineStyles.push(InlineMarkdown.CODE);
            run(code.getLiteral());
            inlineStyles.pop();
        }

        @Override
        public void visit(Emphasis e) {
            styled(e, InlineMarkdown.EMPHASIS);
        }

        @Override
        public void visit(StrongEmphasis e) {
            styled(e, InlineMarkdown.STRONG);
        }

        @Override
        public void visit(SoftLineBreak b) {
            run(" ");
        }

        @Override
        public void visit(HardLineBreak b) {
            run("\n");
        }

        @Override
        public void visit(HtmlInline html) {
            if (!html.getLiteral().startsWith("<!--")) {
                run(html.getLiteral());
            }
        }

        @Override
        public void visit(Link link) {
            Optional<String> lesson = lessonForLink.apply(link.getDestination());
            if (lesson.isPresent()) {
                String was = linkLesson;
                linkLesson = lesson.get();
                styled(link, MarkdownStyles.LINK.css());
                linkLesson = was;
            } else {
                visitChildren(link);
                inlineStyles.push(MarkdownStyles.URL.css());
                run(" (" + link.getDestination() + ")");
                inlineStyles.pop();
            }
        }

        @Override
        public void visit(Image image) {
            pendingImages.add(image(image));
        }

        // --- helpers ----------------------------------------------------------------------------------

        private SelectableText inline(org.commonmark.node.Node parent, String... styles) {
            SelectableText outer = flow;
            flow = new SelectableText();
            flow.getStyleClass().addAll(styles);
            visitChildren(parent);
            SelectableText made = flow;
            flow = outer;
            return made;
        }

        private void styled(org.commonmark.node.Node node, String style) {
            inlineStyles.push(style);
            visitChildren(node);
            inlineStyles.pop();
        }

        private void run(String s) {
            if (flow == null) { // inline content outside a paragraph (e.g. in a tight list item)
                flow = new SelectableText();
                flow.getStyleClass().add(MarkdownStyles.PARAGRAPH.css());
                add(flow);
            }
            Text t = new Text(s);
            // The combined class lets CSS give bold-italic without relying on selector order.
            if (inlineStyles.contains(InlineMarkdown.STRONG) && inlineStyles.contains(InlineMarkdown.EMPHASIS)) {
                t.getStyleClass().add(InlineMarkdown.STRONG_EMPHASIS);
            }
            t.getStyleClass().addAll(inlineStyles);
            if (linkLesson != null) {
                String target = linkLesson;
                t.setCursor(Cursor.HAND);
                t.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                        openLesson.accept(target);
                    }
                });
            }
            flow.append(t);
        }

        private void list(ListBlock list, int start) {
            VBox box = new VBox();
            box.getStyleClass().add(MarkdownStyles.LIST.css());
            add(box);
            int n = start;
            for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                Label marker = new Label(start < 0 ? "\u2022" : n++ + ".");
                marker.getStyleClass().add(MarkdownStyles.LIST_MARKER.css());
                marker.setMinWidth(Region.USE_PREF_SIZE);
                VBox body = new VBox();
                body.getStyleClass().add(MarkdownStyles.LIST_BODY.css());
                HBox.setHgrow(body, Priority.ALWAYS);
                HBox row = new HBox(marker, body);
                row.getStyleClass().add(MarkdownStyles.LIST_ITEM.css());
                box.getChildren().add(row);
                containers.push(body);
                SelectableText outer = flow;
                flow = null;
                visitChildren(item);
                flow = outer;
                containers.pop();
            }
        }

        private Node table(TableBlock table) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add(MarkdownStyles.TABLE.css());
            int row = 0;
            int columns = 0;
            for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (org.commonmark.node.Node tr = section.getFirstChild(); tr != null; tr = tr.getNext()) {
                    int col = 0;
                    for (org.commonmark.node.Node c = tr.getFirstChild(); c != null; c = c.getNext()) {
                        TableCell cell = (TableCell) c;
                        SelectableText text = inline(cell);
                        text.setTextAlignment(alignment(cell.getAlignment()));
                        StackPane pane = new TableCellPane(text);
                        StackPane.setAlignment(text, javafx.geometry.Pos.TOP_LEFT);
                        pane.getStyleClass().add(cell.isHeader() ? MarkdownStyles.TABLE_HEADER.css() : MarkdownStyles.TABLE_CELL.css());
                        if (!cell.isHeader() && row % 2 == 0) {
                            pane.getStyleClass().add(MarkdownStyles.TABLE_ODD.css());
                        }
                        pane.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                        GridPane.setFillHeight(pane, true);
                        grid.add(pane, col, row);
                        col++;
                    }
                    columns = Math.max(columns, col);
                    row++;
                }
            }
            // Columns start at their longest line and give way, down to their longest word, when the lesson is
            // narrower: a word is never broken across lines ("Kafka", not "Kafk/a"), long prose columns wrap.
            for (int i = 0; i < columns; i++) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setHgrow(Priority.SOMETIMES);
                cc.setHalignment(HPos.LEFT);
                cc.setFillWidth(true);
                grid.getColumnConstraints().add(cc);
            }
            grid.setMaxWidth(Double.MAX_VALUE);
            return grid;
        }

        private Node codeBlock(String literal) {
            String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            Text t = new Text(code);
            t.getStyleClass().add(InlineMarkdown.CODE);
            SelectableText text = new SelectableText(t);
            text.getStyleClass().add(MarkdownStyles.CODE_BLOCK_TEXT.css());
            ScrollPane scroll = new ScrollPane(text);
            scroll.getStyleClass().add(MarkdownStyles.CODE_BLOCK.css());
            scroll.setFitToHeight(true);
            scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
            return scroll;
        }

        private Node image(Image image) {
            String alt = altText(image);
            Optional<Path> file = ContentPaths.resolveAsset(assetsDir, image.getDestination());
            if (file.isPresent()) {
                javafx.scene.image.Image img = new javafx.scene.image.Image(file.get().toUri().toString());
                if (!img.isError()) {
                    ImageView view = new ImageView(img);
                    view.setPreserveRatio(true);
                    view.setSmooth(true);
                    double natural = Math.min(img.getWidth(), MAX_IMAGE_WIDTH);
                    view.setFitWidth(natural);
                    view.setAccessibleText(alt);
                    StackPane frame = new StackPane(view);
                    frame.getStyleClass().add(MarkdownStyles.IMAGE.css());
                    // An ImageView does not resize; without this a narrow window would clip the column at the
                    // picture's width. The frame may shrink, and the picture shrinks with it.
                    frame.setMinWidth(0);
                    frame.widthProperty().addListener((obs, old, w) -> {
                        double room = w.doubleValue() - frame.snappedLeftInset() - frame.snappedRightInset();
                        view.setFitWidth(Math.max(1, Math.min(natural, room)));
                    });
                    if (!alt.isBlank()) {
                        Tooltip.install(frame, new Tooltip(alt));
                    }
                    return frame;
                }
            }
            String why = ContentPaths.assetProblem(assetsDir, image.getDestination())
                    .orElse(Messages.get("lesson.picture.unreadable"));
            Label missing = new Label(alt.isBlank() ? Messages.format("lesson.picture.missing", why)
                    : Messages.format("lesson.picture.missing.alt", alt, why));
            missing.setWrapText(true);
            missing.getStyleClass().add(MarkdownStyles.IMAGE_MISSING.css());
            return missing;
        }

        private String altText(Image image) {
            StringBuilder sb = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.Text text) {
                    sb.append(text.getLiteral());
                }
            });
            return sb.toString();
        }
    }

    private static javafx.scene.text.TextAlignment alignment(TableCell.Alignment a) {
        if (a == null) {
            return javafx.scene.text.TextAlignment.LEFT;
        }
        return switch (a) {
            case CENTER -> javafx.scene.text.TextAlignment.CENTER;
            case RIGHT -> javafx.scene.text.TextAlignment.RIGHT;
            default -> javafx.scene.text.TextAlignment.LEFT;
        };
    }
}
