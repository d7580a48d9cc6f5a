package vn.wardqms.service.extraction;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * A PDF's text laid out again as a word processor had it, from where its words and rulings are on the page:
 * <ul>
 * <li>a table is found from its rulings (the lines and thin rectangles an office program draws for cell borders):
 * each band between two horizontal rulings is a row, the vertical rulings crossing it part its cells (so merged cells
 * stay one), and every word goes to the cell it sits in;</li>
 * <li>lines of a cell, or of the text outside tables, that wrapped are joined again: a line is a wrap of the one above
 * when the first word of the line would not have fitted at the end of it;</li>
 * <li>outside tables, words set far apart (a borderless two-column header, a label and its value) stay apart, as
 * cells separated by a tab.</li>
 * </ul>
 * The result goes through {@link TextCollector} like every other format, under the same limits.
 */
final class PdfLayout {
    /** A gap wider than this many spaces (and at least {@link #MIN_GAP} points) separates columns outside tables. */
    private static final float SPACES_PER_COLUMN_GAP = 2.5f;
    private static final float MIN_GAP = 9f;
    /** A ruling is at most this thick; coordinates within this distance are the same ruling. */
    private static final float THIN = 2.5f;
    private static final int MAX_PAGES = 30;
    /** Room an office program leaves between a borderless cell's edge and its text, in points. */
    private static final float CELL_PADDING = 4f;

    /** A word as it sits on the page: top-left origin, baseline y, in points. */
    record Word(String text, float x0, float x1, float baseline, float height, float space, boolean bold) {
        float centreX() {
            return (x0 + x1) / 2;
        }

        float centreY() {
            return baseline - height / 2;
        }
    }

    /** A ruling segment, top-left origin: horizontal (y, x0..x1) or vertical (x, y0..y1). */
    record Segment(boolean horizontal, float at, float from, float to) {
    }

    private PdfLayout() {
    }

    static List<DocumentText.Line> lines(PDDocument document, TextCollector collector) throws IOException {
        int pages = Math.min(document.getNumberOfPages(), MAX_PAGES);
        WordStripper words = new WordStripper(pages, collector);
        words.setStartPage(1);
        words.setEndPage(pages);
        words.getText(document);
        try {
            for (int p = 0; p < pages; p++) {
                PDPage page = document.getPage(p);
                Rulings rulings = new Rulings(page, collector);
                rulings.processPage(page);
                emitPage(words.pages.get(p), rulings.segments, collector);
            }
        } catch (SAXException e) {
            throw new StopReading(e);
        }
        return collector.lines();
    }

    // ---- one page -------------------------------------------------------------------------------------------------

    /** A table: its row bands, each with the x of the rulings that part it. */
    private record Table(float top, float bottom, float left, float right, List<float[]> rows, List<List<Float>> parts) {
        boolean contains(Word w) {
            return w.centreX() > left && w.centreX() < right && w.centreY() > top && w.centreY() < bottom;
        }
    }

    /** Something to emit, in page order: a table or a line of text outside tables. */
    private record Piece(float top, Table table, List<Word> line) {
    }

    private static void emitPage(List<Word> words, List<Segment> segments, TextCollector out) throws SAXException {
        List<Table> tables = tables(segments);
        List<Word> loose = new ArrayList<>();
        List<List<Word>> inTable = new ArrayList<>();
        tables.forEach(t -> inTable.add(new ArrayList<>()));
        for (Word w : words) {
            int i = indexOf(tables, w);
            if (i < 0) {
                loose.add(w);
            } else {
                inTable.get(i).add(w);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            pieces.add(new Piece(tables.get(i).top(), tables.get(i), inTable.get(i)));
        }
        for (List<Word> line : lines(loose)) {
            pieces.add(new Piece(line.get(0).baseline() - line.get(0).height(), null, line));
        }
        pieces.sort(Comparator.comparingDouble(Piece::top));
        // The text column outside tables: where its lines start and end, for telling a wrap from a line break.
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Piece piece : pieces) {
            if (piece.table() == null) {
                left = Math.min(left, piece.line().get(0).x0());
                right = Math.max(right, piece.line().get(piece.line().size() - 1).x1());
            }
        }
        List<Word> paragraph = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.table() != null) {
                flush(paragraph, out);
                paragraph = null;
                emitTable(piece.table(), piece.line(), out);
                continue;
            }
            List<Word> line = piece.line();
            List<Float> splits = columnSplits(pieces, i);
            if (!splits.isEmpty()) {
                flush(paragraph, out);
                paragraph = null;
                i = emitColumns(pieces, i, splits, left, right, out);
                continue;
            }
            if (paragraph != null && wrapped(paragraph, line, left, right)) {
                paragraph.addAll(line);
            } else {
                flush(paragraph, out);
                paragraph = new ArrayList<>(line);
            }
        }
        flush(paragraph, out);
    }

    /**
     * A borderless block of columns (the header beside the national motto) from the line at {@code start}: its
     * columns part where that line's words are set far apart, and the lines right below whose words each keep within
     * one column belong to it. Emitted as one table row, a cell per column, so that a column's wrapped lines are joined
     * in the column and not across it. Returns the index of the block's last line.
     */
    private static int emitColumns(List<Piece> pieces, int start, List<Float> splits, float pageLeft, float pageRight, TextCollector out)
            throws SAXException {
        List<Word> first = pieces.get(start).line();
        List<Word> words = new ArrayList<>(first);
        int end = start;
        Word previous = first.get(0);
        for (int j = start + 1; j < pieces.size(); j++) {
            Piece next = pieces.get(j);
            if (next.table() != null) {
                break;
            }
            List<Word> line = next.line();
            boolean close = line.get(0).baseline() - previous.baseline() <= Math.max(line.get(0).height(), previous.height()) * 1.8f;
            // A line in larger type (the kind of document, the title) is not part of the header beside the motto.
            boolean sameType = Math.abs(line.get(0).height() - first.get(0).height()) <= 1.5f;
            boolean keeps = sameType && line.stream().allMatch(w -> column(w.x0(), splits) == column(w.x1(), splits));
            if (!close || !keeps) {
                break;
            }
            words.addAll(line);
            previous = line.get(0);
            end = j;
        }
        AttributesImpl none = new AttributesImpl();
        out.startElement("", "table", "table", none);
        out.startElement("", "tr", "tr", none);
        for (int c = 0; c <= splits.size(); c++) {
            List<Word> inColumn = new ArrayList<>();
            for (Word w : words) {
                if (column(w.centreX(), splits) == c) {
                    inColumn.add(w);
                }
            }
            List<List<Word>> lines = lines(inColumn);
            // The column's width: from the text's edge or the split before it to the split after it or the text's edge,
            // less a cell's padding on each side.
            float columnLeft = c == 0 ? pageLeft : splits.get(c - 1);
            float columnRight = c == splits.size() ? pageRight : splits.get(c);
            cell(lines, columnLeft + CELL_PADDING, columnRight - CELL_PADDING, out);
        }
        out.endElement("", "tr", "tr");
        out.endElement("", "table", "table");
        return end;
    }

    /**
     * Where the line at {@code i} parts into columns: at its wide gaps, or — when the columns' lines do not share
     * baselines, as when a cell of two lines sits beside one of three, each centred — between it and the next line
     * beside it (about as high on the page, left or right of it with nothing in between). Empty: no columns.
     */
    private static List<Float> columnSplits(List<Piece> pieces, int i) {
        List<Word> line = pieces.get(i).line();
        List<Float> splits = new ArrayList<>();
        for (int k = 1; k < line.size(); k++) {
            if (gap(line.get(k - 1), line.get(k)) > threshold(line.get(k))) {
                splits.add((line.get(k - 1).x1() + line.get(k).x0()) / 2);
            }
        }
        if (!splits.isEmpty() || i + 1 >= pieces.size() || pieces.get(i + 1).table() != null) {
            return splits;
        }
        List<Word> next = pieces.get(i + 1).line();
        Word a = line.get(0);
        Word b = next.get(0);
        float height = Math.max(a.height(), b.height());
        if (b.baseline() - a.baseline() > height * 1.2f) {
            return splits;
        }
        float aLeft = a.x0();
        float aRight = line.get(line.size() - 1).x1();
        float bLeft = b.x0();
        float bRight = next.get(next.size() - 1).x1();
        if (aRight + threshold(b) < bLeft) {
            splits.add((aRight + bLeft) / 2);
        } else if (bRight + threshold(a) < aLeft) {
            splits.add((bRight + aLeft) / 2);
        }
        return splits;
    }

    private static int column(float x, List<Float> splits) {
        int c = 0;
        while (c < splits.size() && x > splits.get(c)) {
            c++;
        }
        return c;
    }

    private static int indexOf(List<Table> tables, Word w) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).contains(w)) {
                return i;
            }
        }
        return -1;
    }

    /** Words into lines by baseline, each line left to right; lines top to bottom. */
    private static List<List<Word>> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::x0));
        List<List<Word>> lines = new ArrayList<>();
        List<Word> current = null;
        for (Word w : sorted) {
            if (current != null && Math.abs(w.baseline() - current.get(0).baseline()) <= Math.max(1.5f, current.get(0).height() * 0.4f)) {
                current.add(w);
            } else {
                current = new ArrayList<>(List.of(w));
                lines.add(current);
            }
        }
        List<List<Word>> result = new ArrayList<>();
        for (List<Word> line : lines) {
            line.sort(Comparator.comparingDouble(Word::x0));
            result.add(joinTouching(line));
        }
        return result;
    }

    /** Pieces of one word that PDFBox wrote apart ("duyệ", "t"): nothing, or next to nothing, between them. */
    private static List<Word> joinTouching(List<Word> line) {
        List<Word> joined = new ArrayList<>();
        for (Word w : line) {
            Word last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && gap(last, w) < Math.max(0.3f, Math.min(last.space(), w.space()) * 0.25f) && gap(last, w) > -1f) {
                joined.set(joined.size() - 1, new Word(last.text() + w.text(), last.x0(), w.x1(), last.baseline(),
                        Math.max(last.height(), w.height()), last.space(), last.bold() && w.bold()));
            } else {
                joined.add(w);
            }
        }
        return joined;
    }

    /**
     * Whether {@code next} is the continuation of the text above it, wrapped: the first word of {@code next} would not
     * have fitted on the last line of the text above, within {@code left..right}.
     */
    private static boolean wrapped(List<Word> above, List<Word> next, float left, float right) {
        List<Word> last = lastLine(above);
        Word first = next.get(0);
        Word end = last.get(last.size() - 1);
        float lineHeight = Math.max(end.height(), first.height());
        if (first.baseline() - end.baseline() > lineHeight * 2.2f || Math.abs(first.height() - end.height()) > 1.5f) {
            return false;
        }
        float lineWidth = end.x1() - last.get(0).x0();
        float available = right - left;
        return lineWidth + Math.max(first.space(), 2) + (first.x1() - first.x0()) > available - 1;
    }

    private static List<Word> lastLine(List<Word> paragraph) {
        List<Word> last = new ArrayList<>();
        float baseline = paragraph.get(paragraph.size() - 1).baseline();
        for (Word w : paragraph) {
            if (Math.abs(w.baseline() - baseline) <= 1.5f) {
                last.add(w);
            }
        }
        return last;
    }

    /** A word the line broke after its hyphen, as office programs break codes: "BM-" then "01/QT-05". */
    private static boolean brokenAtHyphen(Word w) {
        String t = w.text();
        return t.length() > 1 && (t.endsWith("-") || t.endsWith("/"));
    }

    private static float gap(Word a, Word b) {
        return b.x0() - a.x1();
    }

    private static float threshold(Word w) {
        return Math.max(MIN_GAP, w.space() > 0 ? w.space() * SPACES_PER_COLUMN_GAP : 0);
    }

    /**
     * A paragraph outside tables, with its type for the reader. Its lines have no wide gaps: a line with one starts a
     * block of columns ({@link #emitColumns}).
     */
    private static void flush(List<Word> paragraph, TextCollector out) throws SAXException {
        if (paragraph == null || paragraph.isEmpty()) {
            return;
        }
        // The paragraph's type, for the reader: its size (the largest on its first line) and whether it is bold.
        float size = 0;
        int bold = 0;
        for (Word w : paragraph) {
            if (Math.abs(w.baseline() - paragraph.get(0).baseline()) <= 1.5f) {
                size = Math.max(size, w.height());
            }
            bold += w.bold() ? 1 : 0;
        }
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute("", "data-size", "data-size", "CDATA", String.format(java.util.Locale.ROOT, "%.1f", size));
        boolean allBold = bold == paragraph.size();
        out.startElement("", "p", "p", attributes);
        if (allBold) {
            out.startElement("", "b", "b", new AttributesImpl());
        }
        characters(out, text(paragraph));
        if (allBold) {
            out.endElement("", "b", "b");
        }
        out.endElement("", "p", "p");
    }

    private static void emitTable(Table table, List<Word> words, TextCollector out) throws SAXException {
        AttributesImpl none = new AttributesImpl();
        out.startElement("", "table", "table", none);
        for (int r = 0; r < table.rows().size(); r++) {
            float top = table.rows().get(r)[0];
            float bottom = table.rows().get(r)[1];
            List<Float> parts = table.parts().get(r);
            out.startElement("", "tr", "tr", none);
            for (int c = 0; c + 1 < parts.size(); c++) {
                float cellLeft = parts.get(c);
                float cellRight = parts.get(c + 1);
                List<Word> inCell = new ArrayList<>();
                for (Word w : words) {
                    if (w.centreX() > cellLeft && w.centreX() < cellRight && w.centreY() > top && w.centreY() < bottom) {
                        inCell.add(w);
                    }
                }
                List<List<Word>> lines = lines(inCell);
                float textLeft = Float.MAX_VALUE;
                float textRight = -Float.MAX_VALUE;
                for (List<Word> l : lines) {
                    textLeft = Math.min(textLeft, l.get(0).x0());
                    textRight = Math.max(textRight, l.get(l.size() - 1).x1());
                }
                // The cell's inner width: its borders less the padding seen on its widest line.
                float padding = lines.isEmpty() ? 0 : Math.max(0, Math.min(textLeft - cellLeft, cellRight - textRight));
                cell(lines, cellLeft + padding, cellRight - padding, out);
            }
            out.endElement("", "tr", "tr");
        }
        out.endElement("", "table", "table");
    }

    /** One cell: its lines, a wrapped line joined to the one above it within {@code left..right}, a paragraph each. */
    private static void cell(List<List<Word>> lines, float left, float right, TextCollector out) throws SAXException {
        out.startElement("", "td", "td", new AttributesImpl());
        List<Word> paragraph = null;
        for (List<Word> line : lines) {
            if (paragraph != null && wrapped(paragraph, line, left, right)) {
                paragraph.addAll(line);
            } else {
                cellParagraph(paragraph, out);
                paragraph = new ArrayList<>(line);
            }
        }
        cellParagraph(paragraph, out);
        out.endElement("", "td", "td");
    }

    private static void cellParagraph(List<Word> paragraph, TextCollector out) throws SAXException {
        if (paragraph == null || paragraph.isEmpty()) {
            return;
        }
        out.startElement("", "p", "p", new AttributesImpl());
        characters(out, text(paragraph));
        out.endElement("", "p", "p");
    }

    /** A paragraph's words in order: a space between them, none where a line broke after a code's hyphen. */
    private static String text(List<Word> paragraph) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraph.size(); i++) {
            Word w = paragraph.get(i);
            if (i > 0 && (Math.abs(paragraph.get(i - 1).baseline() - w.baseline()) <= 1.5f || !brokenAtHyphen(paragraph.get(i - 1)))) {
                text.append(' ');
            }
            text.append(w.text());
        }
        return text.toString();
    }

    private static void characters(TextCollector out, String s) throws SAXException {
        out.characters(s.toCharArray(), 0, s.length());
    }

    // ---- tables from rulings --------------------------------------------------------------------------------------

    /** The page's tables: groups of crossing rulings with at least two rows' worth of horizontal ones. */
    static List<Table> tables(List<Segment> segments) {
        List<List<Segment>> groups = new ArrayList<>();
        for (Segment s : segments) {
            List<List<Segment>> touching = new ArrayList<>();
            for (List<Segment> g : groups) {
                if (g.stream().anyMatch(o -> touches(s, o))) {
                    touching.add(g);
                }
            }
            List<Segment> merged = new ArrayList<>(List.of(s));
            for (List<Segment> g : touching) {
                merged.addAll(g);
                groups.remove(g);
            }
            groups.add(merged);
        }
        List<Table> tables = new ArrayList<>();
        for (List<Segment> g : groups) {
            List<Float> ys = distinct(g.stream().filter(Segment::horizontal).map(Segment::at).toList());
            List<Segment> verticals = g.stream().filter(s -> !s.horizontal()).toList();
            if (ys.size() < 2 || verticals.size() < 2) {
                continue;
            }
            float left = (float) g.stream().filter(Segment::horizontal).mapToDouble(Segment::from).min().orElse(0);
            float right = (float) g.stream().filter(Segment::horizontal).mapToDouble(Segment::to).max().orElse(0);
            List<float[]> rows = new ArrayList<>();
            List<List<Float>> parts = new ArrayList<>();
            for (int i = 0; i + 1 < ys.size(); i++) {
                float top = ys.get(i);
                float bottom = ys.get(i + 1);
                if (bottom - top < 4) {
                    continue;
                }
                float middle = (top + bottom) / 2;
                List<Float> xs = distinct(verticals.stream().filter(v -> v.from() <= middle && v.to() >= middle).map(Segment::at).toList());
                if (xs.size() < 2) {
                    continue;
                }
                rows.add(new float[] {top, bottom});
                parts.add(xs);
            }
            if (!rows.isEmpty()) {
                tables.add(new Table(rows.get(0)[0], rows.get(rows.size() - 1)[1], left - THIN, right + THIN, rows, parts));
            }
        }
        return tables;
    }

    private static boolean touches(Segment a, Segment b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.at() - b.at()) <= THIN && a.from() <= b.to() + THIN && b.from() <= a.to() + THIN;
        }
        Segment h = a.horizontal() ? a : b;
        Segment v = a.horizontal() ? b : a;
        return v.at() >= h.from() - THIN && v.at() <= h.to() + THIN && h.at() >= v.from() - THIN && h.at() <= v.to() + THIN;
    }

    /** Sorted, with values within {@link #THIN} of each other taken once. */
    private static List<Float> distinct(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> result = new ArrayList<>();
        for (Float v : sorted) {
            if (result.isEmpty() || v - result.get(result.size() - 1) > THIN) {
                result.add(v);
            }
        }
        return result;
    }

    /** The rulings of a page: stroked lines and thin filled rectangles, horizontal or vertical, top-left origin. */
    private static final class Rulings extends PDFGraphicsStreamEngine {
        final List<Segment> segments = new ArrayList<>();
        private final List<float[]> path = new ArrayList<>();
        private final float pageTop;
        private final float pageLeft;
        private Point2D.Float current = new Point2D.Float();
        private final TextCollector deadline;
        private int operators;

        Rulings(PDPage page, TextCollector deadline) {
            super(page);
            this.deadline = deadline;
            PDRectangle box = page.getCropBox();
            pageTop = box.getUpperRightY();
            pageLeft = box.getLowerLeftX();
        }

        /** Drawing a page of millions of operators must stop when the time is up, as reading text does. */
        @Override
        protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator, List<org.apache.pdfbox.cos.COSBase> operands)
                throws IOException {
            if (++operators % 1024 == 0) {
                try {
                    deadline.checkDeadline();
                } catch (SAXException e) {
                    throw new StopReading(e);
                }
            }
            super.processOperator(operator, operands);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.add(new float[] {(float) p0.getX(), (float) p0.getY(), (float) p1.getX(), (float) p1.getY()});
            path.add(new float[] {(float) p1.getX(), (float) p1.getY(), (float) p2.getX(), (float) p2.getY()});
            path.add(new float[] {(float) p2.getX(), (float) p2.getY(), (float) p3.getX(), (float) p3.getY()});
            path.add(new float[] {(float) p3.getX(), (float) p3.getY(), (float) p0.getX(), (float) p0.getY()});
            current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new float[] {current.x, current.y, x, y});
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            for (float[] s : path) {
                segment(s[0], s[1], s[2], s[3]);
            }
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            // A thin filled rectangle is a ruling: its long middle line.
            float minX = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (float[] s : path) {
                minX = Math.min(minX, Math.min(s[0], s[2]));
                maxX = Math.max(maxX, Math.max(s[0], s[2]));
                minY = Math.min(minY, Math.min(s[1], s[3]));
                maxY = Math.max(maxY, Math.max(s[1], s[3]));
            }
            if (!path.isEmpty()) {
                if (maxY - minY <= THIN && maxX - minX > THIN) {
                    segment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
                } else if (maxX - minX <= THIN && maxY - minY > THIN) {
                    segment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
                }
            }
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void segment(float x0, float y0, float x1, float y1) {
            float ax = x0 - pageLeft;
            float bx = x1 - pageLeft;
            float ay = pageTop - y0;
            float by = pageTop - y1;
            if (Math.abs(ay - by) <= THIN && Math.abs(ax - bx) > THIN) {
                segments.add(new Segment(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
            } else if (Math.abs(ax - bx) <= THIN && Math.abs(ay - by) > THIN) {
                segments.add(new Segment(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
            }
        }
    }

    /** The words of each page with their positions. */
    private static final class WordStripper extends PDFTextStripper {
        final List<List<Word>> pages = new ArrayList<>();
        private final TextCollector deadline;

        WordStripper(int pageCount, TextCollector deadline) {
            this.deadline = deadline;
            for (int i = 0; i < pageCount; i++) {
                pages.add(new ArrayList<>());
            }
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
        }

        /**
         * PDFBox's "word" may hold spaces, and so run across cells; the glyphs are parted into words again at every
         * space and every gap wider than a space (a glyph's width can be off by a little: Vietnamese letters with two marks).
         */
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            try {
                deadline.checkDeadline();
            } catch (SAXException e) {
                throw new StopReading(e);
            }
            List<TextPosition> word = new ArrayList<>();
            float end = Float.NaN;
            for (TextPosition p : positions) {
                boolean blank = p.getUnicode() == null || p.getUnicode().isBlank();
                float space = p.getWidthOfSpace();
                boolean apart = !Float.isNaN(end) && p.getXDirAdj() - end > Math.max(1f, (Float.isFinite(space) && space > 0 ? space : 3f) * 1.2f);
                if (blank || apart) {
                    add(word);
                    word = new ArrayList<>();
                }
                if (!blank) {
                    word.add(p);
                    end = p.getXDirAdj() + p.getWidthDirAdj();
                } else {
                    end = Float.NaN;
                }
            }
            add(word);
        }

        private void add(List<TextPosition> glyphs) {
            if (glyphs.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            float height = 0;
            for (TextPosition p : glyphs) {
                text.append(p.getUnicode());
                height = Math.max(height, p.getHeightDir());
            }
            TextPosition first = glyphs.get(0);
            TextPosition last = glyphs.get(glyphs.size() - 1);
            float space = first.getWidthOfSpace();
            pages.get(getCurrentPageNo() - 1).add(new Word(text.toString(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), Math.max(height, first.getFontSizeInPt() * 0.7f), Float.isFinite(space) ? space : 0, bold(first)));
        }

        /** Set in a bold face: its weight says so, or its name does ("DejaVuSerif-Bold"). */
        private static boolean bold(TextPosition p) {
            var font = p.getFont();
            if (font == null) {
                return false;
            }
            var descriptor = font.getFontDescriptor();
            if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
                return true;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
            return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold");
        }

        @Override
        protected void writeWordSeparator() {
        }

        @Override
        protected void writeLineSeparator() {
        }
    }

    /** Carries the collector's stop (enough text, out of time) out of PDFBox. */
    static final class StopReading extends IOException {
        private static final long serialVersionUID = 1L;

        StopReading(SAXException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
