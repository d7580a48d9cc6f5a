package vn.wardqms.service.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML into {@link DocumentText} lines: paragraphs and headings as lines, table rows as rows of cells.
 * It stops the parse once it holds {@code maxChars} characters (the rest of a document is not needed) or once the
 * deadline has passed (the parse thread is then ended from inside, not only abandoned).
 */
final class TextCollector extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "title", "caption");

    /** Thrown to stop parsing when enough text has been read; not an error. */
    static final class Enough extends SAXException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super("character limit reached");
        }
    }

    /** Thrown to stop parsing when the time is up. */
    static final class OutOfTime extends SAXException {
        private static final long serialVersionUID = 1L;

        OutOfTime() {
            super("time limit reached");
        }
    }

    /** The reader looks at the first 250 lines at most (cover, amendment table): the rest is not parsed. */
    static final int MAX_LINES = 300;
    /** A cover's table has a handful of columns: cells past this many in a row are not kept. */
    static final int MAX_CELLS = 64;
    /**
     * Elements read at most: empty cells or paragraphs add no characters, so the character limit alone would let a
     * small file of millions of them keep the parser (and the memory it holds) busy until the deadline.
     */
    static final int MAX_ELEMENTS = 200_000;

    private final int maxChars;
    private final int maxLines;
    private final long deadlineNanos;
    private final List<DocumentText.Line> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int tableDepth;
    /** Inside the XHTML head: the document's metadata (its stored title, e.g. a file name), not its text. */
    private boolean inHead;
    /** Bold (b, strong) elements open, and the letters of the paragraph being collected, all and bold. */
    private int boldDepth;
    private int letters;
    private int boldLetters;
    /** The type size a PdfLayout paragraph carries (data-size), else 0. */
    private float size;
    private List<String> row;
    private List<String> cellParagraphs;
    private int chars;
    private int elements;
    private boolean truncated;

    TextCollector(int maxChars, long deadlineNanos) {
        this(maxChars, MAX_LINES, deadlineNanos);
    }

    TextCollector(int maxChars, int maxLines, long deadlineNanos) {
        this.maxChars = maxChars;
        this.maxLines = maxLines;
        this.deadlineNanos = deadlineNanos;
    }

    List<DocumentText.Line> lines() {
        flushParagraph();
        return lines;
    }

    boolean truncated() {
        return truncated;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        checkTime();
        checkLines();
        if (++elements > MAX_ELEMENTS) {
            truncated = true;
            flushParagraph();
            throw new Enough();
        }
        String name = localName.isEmpty() ? qName : localName;
        switch (name) {
            case "head" -> inHead = true;
            case "b", "strong" -> boldDepth++;
            case "table" -> {
                flushParagraph();
                tableDepth++;
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    cellParagraphs = new ArrayList<>();
                    text.setLength(0);
                } else {
                    flushParagraph();
                }
            }
            case "br" -> flushParagraph();
            default -> {
                if (BLOCKS.contains(name)) {
                    flushParagraph();
                    String declared = attributes == null ? null : attributes.getValue("data-size");
                    size = declared == null ? 0 : parseSize(declared);
                }
            }
        }
    }

    private static float parseSize(String declared) {
        try {
            return Float.parseFloat(declared);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        switch (name) {
            case "head" -> {
                text.setLength(0);
                inHead = false;
            }
            case "b", "strong" -> boldDepth = Math.max(0, boldDepth - 1);
            case "table" -> {
                flushParagraph();
                tableDepth = Math.max(0, tableDepth - 1);
            }
            case "td", "th" -> {
                if (tableDepth == 1 && cellParagraphs != null) {
                    flushParagraph();
                    if (row != null && row.size() < MAX_CELLS) {
                        row.add(String.join("\n", cellParagraphs));
                    } else if (row != null) {
                        truncated = true;
                    }
                    cellParagraphs = null;
                } else {
                    flushParagraph();
                }
            }
            case "tr" -> {
                if (tableDepth == 1 && row != null) {
                    if (row.stream().anyMatch(c -> !c.isBlank())) {
                        lines.add(DocumentText.Line.row(row));
                    }
                    row = null;
                }
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    flushParagraph();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        checkTime();
        checkLines();
        if (inHead) {
            return;
        }
        if (chars + length > maxChars) {
            text.append(ch, start, Math.max(0, maxChars - chars));
            truncated = true;
            flushParagraph();
            throw new Enough();
        }
        chars += length;
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b') {
                flushParagraph();
            } else {
                text.append(c);
                if (Character.isLetter(c)) {
                    letters++;
                    if (boldDepth > 0) {
                        boldLetters++;
                    }
                }
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        checkTime();
    }

    private void checkLines() throws Enough {
        if (lines.size() >= maxLines) {
            truncated = true;
            throw new Enough();
        }
    }

    /** For readers that feed the collector after long work of their own (PdfLayout): stops them once time is up. */
    void checkDeadline() throws OutOfTime {
        checkTime();
    }

    private void checkTime() throws OutOfTime {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new OutOfTime();
        }
    }

    private void flushParagraph() {
        String line = clean(text);
        text.setLength(0);
        // Bold if (nearly) every letter is: a stray plain space or comma does not undo a bold title.
        DocumentText.Style style = new DocumentText.Style(true, letters > 0 && boldLetters >= letters * 0.9, size);
        letters = 0;
        boldLetters = 0;
        if (line.isEmpty()) {
            return;
        }
        if (cellParagraphs != null) {
            cellParagraphs.add(line.replace('\t', ' '));
        } else {
            lines.add(DocumentText.Line.of(line, style));
        }
    }

    /** NFC, no control or zero-width characters, spaces collapsed; tabs are kept (they separate columns). */
    static String clean(CharSequence raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\t') {
                trimEnd(out);
                out.append('\t');
                space = true;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = true;
            } else if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c)) {
                continue;
            } else {
                out.append(c);
                space = false;
            }
        }
        String s = out.toString();
        // A line of only tabs and blanks is an empty table-like line: nothing.
        return s.replace("\t", "").isBlank() ? "" : s.replaceAll("^ +| +$", "");
    }

    private static void trimEnd(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
