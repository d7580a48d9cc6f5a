package vn.wardqms.service.lifecycle.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Marks every page of an obsolete document's PDF copy (clause 7.5.3.2: obsolete documents kept are identified):
 * the configured text across the page, large and semi-transparent, and once more in the top margin, so a printed
 * page cannot be mistaken for one in force.
 */
public class ObsoleteStamp {

    private final PdfFonts fonts;

    public ObsoleteStamp(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The characters of a text the font has no glyph for, each once; empty if it can all be printed. */
    public String unprintable(String text) {
        try (PDDocument probe = new PDDocument()) {
            PDType0Font font = fonts.bold(probe);
            StringBuilder missing = new StringBuilder();
            text.codePoints().forEach(cp -> {
                try {
                    font.encode(Character.toString(cp));
                } catch (IllegalArgumentException | IOException e) {
                    if (missing.indexOf(Character.toString(cp)) < 0) {
                        missing.appendCodePoint(cp);
                    }
                }
            });
            return missing.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void stamp(InputStream pdf, String text, String detail, OutputStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.readAllBytes())) {
            PDType0Font font = fonts.bold(document);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
                    translucent.setNonStrokingAlphaConstant(0.25f);
                    content.saveGraphicsState();
                    content.setGraphicsStateParameters(translucent);
                    content.setNonStrokingColor(0.8f, 0f, 0f);
                    float size = Math.min(box.getWidth(), box.getHeight()) / 16f;
                    float width = font.getStringWidth(text) / 1000f * size;
                    double angle = Math.atan2(box.getHeight(), box.getWidth());
                    float cx = box.getLowerLeftX() + box.getWidth() / 2f;
                    float cy = box.getLowerLeftY() + box.getHeight() / 2f;
                    content.beginText();
                    content.setFont(font, size);
                    Matrix m = Matrix.getRotateInstance(angle, cx, cy);
                    m.translate(-width / 2f, -size / 3f);
                    content.setTextMatrix(m);
                    content.showText(text);
                    content.endText();
                    content.restoreGraphicsState();

                    content.beginText();
                    content.setNonStrokingColor(0.8f, 0f, 0f);
                    content.setFont(font, 9);
                    content.newLineAtOffset(box.getLowerLeftX() + 36, box.getUpperRightY() - 20);
                    content.showText(detail == null || detail.isBlank() ? text : text + " — " + detail);
                    content.endText();
                }
            }
            document.save(out);
        }
    }
}
