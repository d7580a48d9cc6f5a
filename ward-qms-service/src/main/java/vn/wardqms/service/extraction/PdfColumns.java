package vn.wardqms.service.extraction;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF with its columns kept apart. Tika's PDF parser (PDFBox underneath) writes one space between any
 * two words of a line, so the cells of a table row ("Họ và tên  Đỗ Thị Sương  Huỳnh Văn Hưng") run together; this
 * stripper writes a tab where the gap between two words is much wider than a space, which is how a table's columns,
 * or a label set apart from its value, look on the page.
 */
final class PdfColumns extends PDFTextStripper {
    /** A gap wider than this many spaces (and at least {@link #MIN_GAP} points) separates columns. */
    private static final float SPACES_PER_COLUMN_GAP = 3.5f;
    private static final float MIN_GAP = 9f;

    private float lastEnd = Float.NaN;
    private final TextCollector collector;

    private PdfColumns(TextCollector collector) {
        this.collector = collector;
        setSortByPosition(true);
        setAddMoreFormatting(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The document's lines, through the same limits (characters, deadline) as every other format. */
    static List<DocumentText.Line> lines(PDDocument document, TextCollector collector) throws IOException {
        PdfColumns stripper = new PdfColumns(collector);
        stripper.setEndPage(Math.min(document.getNumberOfPages(), 30));
        stripper.getText(document);
        return collector.lines();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        StringBuilder out = new StringBuilder();
        if (!positions.isEmpty()) {
            TextPosition first = positions.get(0);
            if (!Float.isNaN(lastEnd)) {
                float space = first.getWidthOfSpace();
                float threshold = Math.max(MIN_GAP, Float.isFinite(space) && space > 0 ? space * SPACES_PER_COLUMN_GAP : 0);
                out.append(first.getXDirAdj() - lastEnd > threshold ? '\t' : ' ');
            }
            TextPosition last = positions.get(positions.size() - 1);
            lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }
        out.append(text);
        feed(out.toString());
    }

    @Override
    protected void writeWordSeparator() {
        // written by writeString, which knows the width of the gap
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        lastEnd = Float.NaN;
        feed("\n");
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
        lastEnd = Float.NaN;
        feed("\n");
    }

    @Override
    protected void writePageEnd() throws IOException {
        lastEnd = Float.NaN;
        feed("\n");
    }

    private void feed(String s) throws IOException {
        try {
            collector.characters(s.toCharArray(), 0, s.length());
        } catch (org.xml.sax.SAXException e) {
            throw new StopReading(e);
        }
    }

    /** Carries the collector's stop (enough text, out of time) out of PDFBox. */
    static final class StopReading extends IOException {
        private static final long serialVersionUID = 1L;

        StopReading(org.xml.sax.SAXException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
