package vn.wardqms.service.extraction;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar ward-qms-service.jar extract FILE...}: the cover page of each file as one JSON line on standard
 * output, in the order given. It needs no repository, broker or password: it starts no Spring context. A file that
 * cannot be read gets a JSON line with its error, and a message on standard error; the exit code is then 1
 * (2 for no file given).
 */
public final class ExtractCommand {
    public static final String COMMAND = "extract";

    private final CoverPageExtractor extractor;

    public ExtractCommand(CoverPageExtractor extractor) {
        this.extractor = extractor;
    }

    public int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("ward-qms-service extract: give one or more files (DOCX, DOC, ODT or PDF): java -jar ward-qms-service.jar extract FILE...");
            return 2;
        }
        int failed = 0;
        for (String file : files) {
            try {
                out.println(CoverPageJson.of(file, extractor.extract(path(file), file)));
            } catch (ExtractionException e) {
                failed++;
                out.println(CoverPageJson.error(file, e));
                err.println("ward-qms-service extract: " + e.getMessage());
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    private static Path path(String file) throws ExtractionException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new ExtractionException(ExtractionException.Problem.UNREADABLE, file + ": not a valid file name");
        }
    }
}
