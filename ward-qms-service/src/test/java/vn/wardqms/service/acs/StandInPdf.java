package vn.wardqms.service.acs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.wardqms.service.lifecycle.pdf.PdfFonts;

/**
 * What the transform service gives back for a "pdf" rendition in the stand-in: a real PDF with one page per 40 lines
 * of the document's text, so that the service's PDF work (manifest page, stamp) runs on a genuine file.
 */
public final class StandInPdf {
    private StandInPdf() {
    }

    public static byte[] rendering(String title, String text) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(pdf, PdfFonts.DEJAVU.regular().toFile());
            String[] lines = (title + "\n\n" + text).split("\\R");
            for (int first = 0; first < lines.length; first += 40) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
                    c.beginText();
                    c.setFont(font, 10);
                    c.setLeading(14);
                    c.newLineAtOffset(56, 780);
                    for (int i = first; i < Math.min(lines.length, first + 40); i++) {
                        c.showText(lines[i].replaceAll("\\p{Cntrl}", " "));
                        c.newLine();
                    }
                    c.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
