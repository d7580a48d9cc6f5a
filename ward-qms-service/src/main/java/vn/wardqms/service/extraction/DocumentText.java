package vn.wardqms.service.extraction;

import java.util.List;

/**
 * A document's text as lines, in reading order, Unicode NFC. A table row (or a line whose columns are set apart by
 * tabs or wide gaps) is one line with its cells; inside a cell, paragraphs are separated by {@code \n}.
 *
 * @param mediaType the detected type, e.g. application/pdf
 * @param truncated whether the text stopped at the character limit
 */
public record DocumentText(String mediaType, List<Line> lines, boolean truncated) {

    public DocumentText {
        lines = List.copyOf(lines);
    }

    /**
     * How a plain line is set, where the format says: {@code known} when the document's markup was read (bold is then
     * marked wherever it is), {@code bold} when (nearly) all its letters are, {@code size} a measure of its type size where
     * the format gives it (a PDF: the height of its letters), else 0 — compared only with other lines' sizes.
     */
    public record Style(boolean known, boolean bold, float size) {
        static final Style UNKNOWN = new Style(false, false, 0);
    }

    /** @param cells the cells of a table row, or an empty list for a plain line */
    public record Line(String text, List<String> cells, Style style) {
        public Line {
            cells = List.copyOf(cells);
        }

        public Line(String text, List<String> cells) {
            this(text, cells, Style.UNKNOWN);
        }

        static Line of(String text) {
            return of(text, Style.UNKNOWN);
        }

        static Line of(String text, Style style) {
            if (text.indexOf('\t') >= 0) {
                List<String> cells = List.of(text.split("\t", -1)).stream().map(String::strip).toList();
                return new Line(String.join("\t", cells), cells, style);
            }
            return new Line(text, List.of(), style);
        }

        static Line row(List<String> cells) {
            return new Line(String.join("\t", cells.stream().map(c -> c.replace('\n', ' ')).toList()), cells);
        }

        public boolean isRow() {
            return !cells.isEmpty();
        }

        /** The pieces a "label: value" may be in: the line, or each paragraph of each cell. */
        List<String> segments() {
            if (!isRow()) {
                return List.of(text);
            }
            return cells.stream().flatMap(c -> List.of(c.split("\n")).stream()).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** A cell's text on one line. */
        String cell(int i) {
            return i < cells.size() ? cells.get(i).replace('\n', ' ').strip() : "";
        }
    }
}
