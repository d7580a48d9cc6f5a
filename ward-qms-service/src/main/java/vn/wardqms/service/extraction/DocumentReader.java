package vn.wardqms.service.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import vn.wardqms.service.extraction.ExtractionException.Problem;

/**
 * Reads a document's text with Apache Tika, treating it as untrusted: only DOCX, DOC, ODT and PDF, each with its own
 * Tika parser chosen here (no auto-detected parser list, so no external programs, no OCR, no network); embedded
 * documents are never parsed; size, time, text and compression ratio (zip bombs) are bounded. A PDF's text is then
 * laid out again from its words' and rulings' positions ({@link PdfLayout}), since a cover page's tables matter.
 */
public final class DocumentReader {
    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType DOC = MediaType.application("msword");
    static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");
    private static final MediaType OLE_ENCRYPTED = MediaType.application("x-tika-msoffice-encrypted");

    private static final Map<MediaType, Parser> PARSERS = Map.of(DOCX, new OOXMLParser(), DOC, new OfficeParser(),
            ODT, new OpenDocumentParser(), PDF, new PDFParser());
    /** One daemon thread per parse in progress: a parse that overruns is abandoned and stopped from its own handler. */
    private static final ExecutorService PARSING = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ward-qms-extraction");
        t.setDaemon(true);
        return t;
    });

    static {
        // POI refuses an OOXML part that inflates more than 100 times (its default) or past this size.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
    }

    private final ExtractionLimits limits;
    private final Detector detector = new DefaultDetector();

    public DocumentReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** Reads a file; {@code name} is how the file is called in messages. */
    public DocumentText read(Path file, String name) throws ExtractionException {
        if (!Files.exists(file)) {
            throw new ExtractionException(Problem.UNREADABLE, name + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ExtractionException(Problem.UNREADABLE, name + ": not a readable file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(Problem.UNREADABLE, name + ": cannot be read: " + e.getMessage(), e);
        }
        checkSize(size, limits.maxBytes(), name);
        return parse(new Source() {
            @Override
            public TikaInputStream open() throws IOException {
                return TikaInputStream.get(file);
            }

            @Override
            public PDDocument pdf() throws IOException {
                return Loader.loadPDF(file.toFile());
            }
        }, name);
    }

    /** Reads content already in memory (from the repository), at most {@link ExtractionLimits#maxBytes()} long. */
    public DocumentText read(byte[] content, String name) throws ExtractionException {
        checkSize(content.length, limits.maxBytes(), name);
        return parse(new Source() {
            @Override
            public TikaInputStream open() {
                return TikaInputStream.get(content);
            }

            @Override
            public PDDocument pdf() throws IOException {
                return Loader.loadPDF(content);
            }
        }, name);
    }

    /** Refuses an empty file, or one larger than {@code maxBytes}, before anything is read. */
    static void checkSize(long size, long maxBytes, String name) throws ExtractionException {
        if (size == 0) {
            throw new ExtractionException(Problem.EMPTY, name + ": the file is empty (0 bytes)");
        }
        if (size > maxBytes) {
            throw new ExtractionException(Problem.OVERSIZED, name + ": the file is " + megabytes(size) + ", more than the "
                    + megabytes(maxBytes) + " limit for reading a cover page");
        }
    }

    /** The document, opened once for Tika and, for a PDF, once more for its columns. */
    private interface Source {
        TikaInputStream open() throws IOException;

        PDDocument pdf() throws IOException;
    }

    private DocumentText parse(Source source, String name) throws ExtractionException {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Future<DocumentText> parsing = PARSING.submit(() -> parseNow(source, name, deadline));
        try {
            return parsing.get(limits.timeout().toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw timeout(name);
        } catch (InterruptedException e) {
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(Problem.TIMEOUT, name + ": reading was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException problem) {
                throw problem;
            }
            throw classify(e.getCause(), name);
        }
    }

    private DocumentText parseNow(Source source, String name, long deadline) throws Exception {
        try (TikaInputStream in = source.open()) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, Path.of(name).getFileName().toString());
            MediaType type = detector.detect(in, metadata).getBaseType();
            if (type.equals(OOXML_PROTECTED) || type.equals(OLE_ENCRYPTED)) {
                throw new ExtractionException(Problem.ENCRYPTED, name + ": the document is protected by a password; remove the password and try again");
            }
            Parser parser = PARSERS.get(type);
            if (parser == null) {
                throw new ExtractionException(Problem.UNSUPPORTED, name + ": " + type + " is not a format whose cover page can be read"
                        + " (DOCX, DOC, ODT or PDF with a text layer)");
            }
            if (type.equals(DOCX) || type.equals(ODT)) {
                try (TikaInputStream again = source.open()) {
                    ZipGuard.check(again, in.getLength(), name);
                }
            }
            // A PDF's text is taken from PdfLayout; Tika's pass only has to show that the file opens and has a first line.
            TextCollector collector = new TextCollector(limits.maxChars(), type.equals(PDF) ? 1 : TextCollector.MAX_LINES, deadline);
            SecureContentHandler secure = new SecureContentHandler(collector, in);
            secure.setMaximumDepth(100);
            secure.setMaximumPackageEntryDepth(10);
            try {
                parser.parse(in, secure, metadata, context());
            } catch (SAXException | TikaException | IOException e) {
                // The collector's own stop may come back wrapped by the parser.
                if (stopped(e) instanceof TextCollector.OutOfTime) {
                    throw timeout(name);
                }
                if (stopped(e) == null) {
                    if (e instanceof SAXException sax) {
                        secure.throwIfCauseOf(sax);
                    }
                    throw e;
                }
            }
            List<DocumentText.Line> lines = collector.lines();
            if (type.equals(PDF)) {
                lines = pdfColumns(source, deadline, name);
            }
            if (lines.isEmpty()) {
                throw new ExtractionException(Problem.EMPTY, name + ": the document has no text" + (type.equals(PDF)
                        ? " layer (a scanned image? run OCR on it first)" : ""));
            }
            return new DocumentText(type.toString(), lines, collector.truncated());
        }
    }

    /** The PDF again, through PDFBox directly, for its layout; Tika has already checked it is readable. */
    private List<DocumentText.Line> pdfColumns(Source source, long deadline, String name) throws Exception {
        TextCollector collector = new TextCollector(limits.maxChars(), deadline);
        try (PDDocument document = source.pdf()) {
            return PdfLayout.lines(document, collector);
        } catch (PdfLayout.StopReading e) {
            if (e.getCause() instanceof TextCollector.OutOfTime) {
                throw timeout(name);
            }
            return collector.lines();
        }
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setExtractActions(false);
        pdf.setSortByPosition(true);
        // Our handler's stop (enough text, out of time) must end the parse, not be caught page by page.
        pdf.setCatchIntermediateIOExceptions(false);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setExtractMacros(false);
        office.setIncludeHeadersAndFooters(true);
        // Streams the document part instead of building it whole in memory, so that reading stops where the cover ends.
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        // Embedded documents (OLE objects, attachments, images) are never opened.
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return false;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
                // never called: nothing embedded is parsed
            }
        });
        return context;
    }

    /** The collector's own stop (enough text, out of time) behind an exception, if that is what it is. */
    private static SAXException stopped(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TextCollector.Enough || t instanceof TextCollector.OutOfTime) {
                return (SAXException) t;
            }
        }
        return null;
    }

    private ExtractionException timeout(String name) {
        return new ExtractionException(Problem.TIMEOUT, name + ": reading took longer than the " + limits.timeout().toSeconds()
                + " s limit");
    }

    static ExtractionException classify(Throwable failure, String name) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException
                    || t instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
                return new ExtractionException(Problem.ENCRYPTED, name + ": the document is protected by a password; remove the password and try again", failure);
            }
            if (t instanceof ZeroByteFileException) {
                return new ExtractionException(Problem.EMPTY, name + ": the file is empty", failure);
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("compression ratio") || message.contains("max entry size")) {
                return new ExtractionException(Problem.ZIP_BOMB, name + ": the file's compressed content would inflate far beyond its size"
                        + " (a zip bomb?): refused", failure);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new ExtractionException(Problem.CORRUPT, name + ": the file is damaged or incomplete and cannot be read ("
                + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage())) + ")", failure);
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
