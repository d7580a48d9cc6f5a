package vn.wardqms.service.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The cover corpus (src/test/resources/covers, written by src/test/covers/make_covers.py): each cover as HTML with
 * its ground truth, turned into DOCX, DOC, ODT and PDF by LibreOffice headless — the office converter ward staff's
 * files really come from — once per build into target/cover-corpus. LibreOffice is a build requirement
 * (.ci/run installs it from Debian's packages); without it the corpus cannot be made and the tests say so.
 */
final class CoverCorpus {
    /** Formats as LibreOffice writes them: extension → export filter. */
    enum Format {
        DOCX("docx:MS Word 2007 XML"), DOC("doc:MS Word 97"), ODT("odt:writer8"), PDF("pdf:writer_pdf_Export");

        final String filter;

        Format(String filter) {
            this.filter = filter;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One converted cover: its bytes, name and ground truth. */
    record Document(String set, String name, Format format, byte[] bytes, Map<String, String> expected) {
        String fileName() {
            return name + "." + format.extension();
        }
    }

    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    static final Path SOURCES = BASE.resolve("src/test/resources/covers");
    private static final Path OUT = BASE.resolve("target/cover-corpus");

    private CoverCorpus() {
    }

    /** Every cover of {@code set} ("unseen" or "fixtures") in every format, converting what is not converted yet. */
    static synchronized List<Document> documents(String set) {
        Path sources = SOURCES.resolve(set);
        List<Path> pages = htmlOf(sources);
        if (pages.isEmpty()) {
            throw new IllegalStateException("no covers in " + sources);
        }
        List<Document> documents = new ArrayList<>();
        for (Format format : Format.values()) {
            Path out = OUT.resolve(set).resolve(format.extension());
            List<Path> missing = pages.stream().filter(p -> !upToDate(p, out.resolve(base(p) + "." + format.extension()))).toList();
            if (!missing.isEmpty()) {
                convert(missing, format, out);
            }
            for (Path page : pages) {
                Path converted = out.resolve(base(page) + "." + format.extension());
                documents.add(new Document(set, base(page), format, read(converted), expected(sources.resolve(base(page) + ".expected"))));
            }
        }
        return documents;
    }

    static Map<String, String> expected(Path file) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : lines(file)) {
            if (!line.isBlank()) {
                int eq = line.indexOf('=');
                expected.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return expected;
    }

    private static void convert(List<Path> pages, Format format, Path out) {
        String soffice = System.getenv().getOrDefault("SOFFICE", "soffice");
        try {
            Files.createDirectories(out);
            Path profile = Files.createTempDirectory("ward-qms-soffice");
            List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                    "--infilter=HTML (StarWriter)", "--convert-to", format.filter, "--outdir", out.toString()));
            pages.forEach(p -> command.add(p.toString()));
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(OUT.resolve("soffice.log").toFile()).start();
            } catch (IOException e) {
                throw new IllegalStateException("LibreOffice (" + soffice + ") is needed to make the cover corpus and could not be started: "
                        + e.getMessage() + " — install it (Debian: apt-get install libreoffice-writer-nogui) or name it in SOFFICE", e);
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("LibreOffice took over 5 minutes to convert " + pages.size() + " covers to " + format);
            }
            for (Path page : pages) {
                if (!Files.isRegularFile(out.resolve(base(page) + "." + format.extension()))) {
                    throw new IllegalStateException("LibreOffice did not convert " + page + " to " + format + " (exit " + process.exitValue()
                            + "; see " + OUT.resolve("soffice.log") + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean upToDate(Path source, Path converted) {
        try {
            return Files.isRegularFile(converted) && Files.getLastModifiedTime(converted).compareTo(Files.getLastModifiedTime(source)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    static List<Path> htmlOf(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base(Path page) {
        String name = page.getFileName().toString();
        return name.substring(0, name.length() - ".html".length());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
