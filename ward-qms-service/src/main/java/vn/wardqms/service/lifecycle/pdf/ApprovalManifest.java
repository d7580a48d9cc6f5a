package vn.wardqms.service.lifecycle.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The first page of an issue's PDF: its identity (code, title, issue number, issue and effective dates) and the cover
 * table Soạn thảo / Xem xét / Phê duyệt filled from the approval record (names, job titles, dates), so a printed copy
 * carries its own proof of approval.
 */
public class ApprovalManifest {

    /** One column of the cover table. */
    public record Signatory(String name, String jobTitle, String date) {
    }

    /** What the manifest shows; reviewers in the order of the approval record. */
    public record Record(String organisation, String code, String title, String issueNumber, String issueDate, String effectiveDate,
                         Signatory drafter, List<Signatory> reviewers, Signatory approver, String processId) {
    }

    private static final float SIZE = 9;
    private static final float LEADING = 11;

    private final PdfFonts fonts;

    public ApprovalManifest(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes the issue's PDF with the manifest as its new first page. */
    public void prepend(InputStream pdf, Record record, OutputStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.readAllBytes())) {
            PDPage manifest = new PDPage(PDRectangle.A4);
            document.getPages().insertBefore(manifest, document.getPage(0));
            PDType0Font regular = fonts.regular(document);
            PDType0Font bold = fonts.bold(document);
            try (PDPageContentStream c = new PDPageContentStream(document, manifest)) {
                float left = 56;
                float y = 780;
                y = line(c, bold, 11, left, y, record.organisation());
                y -= 16;
                y = line(c, bold, 16, left, y, record.title());
                y -= 6;
                y = line(c, regular, 11, left, y, "Mã hiệu / Code: " + record.code());
                y = line(c, regular, 11, left, y, "Lần ban hành / Issue: " + record.issueNumber());
                y = line(c, regular, 11, left, y, "Ngày ban hành / Issue date: " + record.issueDate());
                y = line(c, regular, 11, left, y, "Ngày hiệu lực / Effective date: " + record.effectiveDate());
                y -= 18;
                table(c, regular, bold, left, y, record);
                line(c, regular, 8, left, 60, "Lập từ hồ sơ phê duyệt " + record.processId() + " — generated from the approval record");
            }
            document.save(out);
        }
    }

    private static void table(PDPageContentStream c, PDType0Font regular, PDType0Font bold, float left, float top, Record r) throws IOException {
        float[] widths = {120, 125, 125, 125};
        String[] headings = {"", "Soạn thảo", "Xem xét", "Phê duyệt"};
        // One line (paragraph) per reviewer, in the order of the approval record.
        String reviewerNames = String.join("\n", r.reviewers().stream().map(Signatory::name).toList());
        String reviewerTitles = String.join("\n", r.reviewers().stream().map(Signatory::jobTitle).toList());
        String reviewerDates = String.join("\n", r.reviewers().stream().map(Signatory::date).toList());
        String[][] rows = {
                {"Họ và tên", r.drafter().name(), reviewerNames, r.approver().name()},
                {"Chức danh", r.drafter().jobTitle(), reviewerTitles, r.approver().jobTitle()},
                {"Ngày", r.drafter().date(), reviewerDates, r.approver().date()}};
        float y = top;
        float x = left;
        for (int col = 0; col < headings.length; col++) {
            cell(c, bold, x, y, widths[col], 24, headings[col]);
            x += widths[col];
        }
        y -= 24;
        for (String[] row : rows) {
            // A row is as tall as its fullest cell: nothing of a name or a job title is cut off.
            int lines = 1;
            for (int col = 0; col < row.length; col++) {
                lines = Math.max(lines, wrap(col == 0 ? bold : regular, SIZE, row[col] == null ? "" : row[col], widths[col] - 8).size());
            }
            float rowHeight = Math.max(30, lines * LEADING + 10);
            x = left;
            for (int col = 0; col < row.length; col++) {
                cell(c, col == 0 ? bold : regular, x, y, widths[col], rowHeight, row[col]);
                x += widths[col];
            }
            y -= rowHeight;
        }
    }

    private static void cell(PDPageContentStream c, PDType0Font font, float x, float y, float width, float height, String text) throws IOException {
        c.addRect(x, y - height, width, height);
        c.stroke();
        float lineY = y - 13;
        for (String wrapped : wrap(font, SIZE, text == null ? "" : text, width - 8)) {
            c.beginText();
            c.setFont(font, SIZE);
            c.newLineAtOffset(x + 4, lineY);
            c.showText(wrapped);
            c.endText();
            lineY -= LEADING;
        }
    }

    private static float line(PDPageContentStream c, PDType0Font font, float size, float x, float y, String text) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text == null ? "" : text);
        c.endText();
        return y - size * 1.5f;
    }

    /** Lines of at most {@code width}, breaking at spaces; each "\n" starts a new paragraph. */
    private static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000f * size > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
        }
        return lines;
    }
}
