package vn.wardqms.service.lifecycle.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType font embedded in the PDFs the service writes: the standard 14 PDF fonts have no Vietnamese letters
 * (ă, ơ, ư, đ, and the stacked tone marks), so a Unicode TTF is embedded (subset) in each document.
 */
public record PdfFonts(Path regular, Path bold) {
    /** Debian's fonts-dejavu-core (installed in the service image). */
    public static final PdfFonts DEJAVU = new PdfFonts(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));

    public PdfFonts {
        for (Path font : new Path[] {regular, bold}) {
            if (!Files.isRegularFile(font)) {
                throw new IllegalStateException("font " + font + " is missing: the PDFs need a TrueType font with Vietnamese letters "
                        + "(install fonts-dejavu-core)");
            }
        }
    }

    PDType0Font regular(PDDocument document) {
        return load(document, regular);
    }

    PDType0Font bold(PDDocument document) {
        return load(document, bold);
    }

    private static PDType0Font load(PDDocument document, Path font) {
        try {
            return PDType0Font.load(document, font.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + font, e);
        }
    }
}
