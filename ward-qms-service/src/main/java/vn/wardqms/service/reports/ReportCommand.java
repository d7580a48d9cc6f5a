package vn.wardqms.service.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.wardqms.service.retention.DispositionCandidates;
import vn.wardqms.service.retention.FileList;

/**
 * {@code report publish} writes every report into the site's report folder; {@code report NAME --out=FILE
 * [--format=html|csv|xlsx] [--lang=vi|en] [--code=QT-02] [--year=2025]} writes one report to a file, NAME being register,
 * amendments (of one code, or of all without --code), overdue-reviews, acknowledgements, files (Danh mục hồ sơ of a
 * year), disposal (files past retention) or transfer (permanent files due for transfer). The file is written
 * whole or not at all (a temporary file renamed at the end).
 */
public final class ReportCommand {
    public static final String COMMAND = "report";
    /** The reports written to a file (publish writes them all into the site). */
    public static final Set<String> NAMES = Set.of("register", "amendments", "overdue-reviews", "acknowledgements", "files",
            "disposal", "transfer");
    private static final String USAGE = "usage: report publish | report register|amendments|overdue-reviews|acknowledgements|files|disposal|transfer "
            + "--out=FILE [--format=html|csv|xlsx] [--lang=vi|en] [--code=CODE] [--year=YYYY]";

    private final ReportPublisher publisher;
    private final QmsReports reports;
    private final RegisterSource register;
    private final Clock clock;
    private final FileList fileList;
    private final DispositionCandidates candidates;

    public ReportCommand(ReportPublisher publisher, QmsReports reports, RegisterSource register, Clock clock,
                         FileList fileList, DispositionCandidates candidates) {
        this.fileList = fileList;
        this.candidates = candidates;
        this.publisher = publisher;
        this.reports = reports;
        this.register = register;
        this.clock = clock;
    }

    private int year(String given) {
        if (given == null) {
            return LocalDate.now(clock).getYear();
        }
        if (!given.matches("\\d{4}")) {
            throw new IllegalArgumentException("--year must be a year such as 2025, not '" + given + "'");
        }
        return Integer.parseInt(given);
    }

    /** @return the exit code: 0 done, 2 wrong arguments (explained on err) */
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<String> words = args.stream().filter(a -> !a.startsWith("--")).toList();
        int at = words.indexOf(COMMAND);
        String name = at >= 0 && at + 1 < words.size() ? words.get(at + 1) : "";
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        if (name.equals("publish")) {
            publisher.publishAll().forEach(n -> out.println("ward-qms-service report: published " + n));
            return 0;
        }
        if (!NAMES.contains(name)) {
            err.println("ward-qms-service report: unknown report '" + name + "'; " + USAGE);
            return 2;
        }
        String format = options.getOrDefault("format", "html");
        String lang = options.getOrDefault("lang", "vi");
        String file = options.get("out");
        if (!Set.of("html", "csv", "xlsx").contains(format) || !Set.of("vi", "en").contains(lang) || file == null || file.isBlank()) {
            err.println("ward-qms-service report: --format must be html, csv or xlsx, --lang vi or en, and --out given; " + USAGE);
            return 2;
        }
        Locale language = lang.equals("vi") ? DocumentRegister.VIETNAMESE : Locale.ENGLISH;
        TableReport table;
        try {
            table = switch (name) {
                case "amendments" -> options.containsKey("code") ? reports.amendmentHistory(options.get("code")) : reports.amendmentHistories();
                case "overdue-reviews" -> reports.overdueReviews();
                case "acknowledgements" -> reports.outstandingAcknowledgements();
                case "files" -> fileList.of(year(options.get("year")));
                case "disposal" -> candidates.toDestroy();
                case "transfer" -> candidates.toTransfer();
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            err.println("ward-qms-service report: " + e.getMessage());
            return 2;
        }
        Path target = Path.of(file).toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            err.println("ward-qms-service report: the folder of " + target + " does not exist");
            return 2;
        }
        Path temporary = Files.createTempFile(target.getParent(), ".report-", ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary); Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                LocalDate today = LocalDate.now(clock);
                DocumentRegister registerWriter = new DocumentRegister();
                TableWriter tables = new TableWriter();
                switch (format) {
                    case "xlsx" -> {
                        if (table == null) {
                            registerWriter.writeXlsx(register.rows(), language, stream);
                        } else {
                            tables.writeXlsx(table, language, stream);
                        }
                    }
                    case "csv" -> {
                        if (table == null) {
                            registerWriter.writeCsv(register.rows(), language, today, writer);
                        } else {
                            tables.writeCsv(table, language, today, writer);
                        }
                    }
                    default -> {
                        if (table == null) {
                            registerWriter.writeHtml(register.rows(), language, today, writer);
                        } else {
                            tables.writeHtml(table, language, today, writer);
                        }
                    }
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        out.println("ward-qms-service report: " + name + " written to " + target);
        return 0;
    }
}
