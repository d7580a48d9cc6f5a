package vn.wardqms.service.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the cover page of a DOCX, DOC, ODT or PDF: {@link DocumentReader} for the text, {@link CoverPageReader} for the fields. */
public final class CoverPageExtractor {
    private final DocumentReader documents;
    private final CoverPageReader covers = new CoverPageReader();

    public CoverPageExtractor(ExtractionLimits limits) {
        this.documents = new DocumentReader(limits);
    }

    public ExtractionLimits limits() {
        return documents.limits();
    }

    public CoverPage extract(Path file, String name) throws ExtractionException {
        return covers.read(documents.read(file, name));
    }

    public CoverPage extract(byte[] content, String name) throws ExtractionException {
        return covers.read(documents.read(content, name));
    }

    /** The cover page of text already in lines (a table row's cells separated by tabs), e.g. a plain-text copy. */
    public CoverPage extract(String text) {
        List<DocumentText.Line> lines = new ArrayList<>();
        text.lines().map(TextCollector::clean).filter(l -> !l.isEmpty()).forEach(l -> lines.add(DocumentText.Line.of(l)));
        return covers.read(new DocumentText("text/plain", lines, false));
    }
}
