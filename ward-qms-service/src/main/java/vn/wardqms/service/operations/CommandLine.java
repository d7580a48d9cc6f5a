package vn.wardqms.service.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service's command line, read and checked before anything starts (no Spring, so help and mistakes answer at
 * once): {@code java -jar ward-qms-service.jar [COMMAND] [ARGUMENTS] [--setting=value ...]}. A mistake is named —
 * the command, the option or the value — in one line.
 */
public final class CommandLine {
    public static final String PROGRAM = "ward-qms-service";

    /** What to do. */
    public sealed interface Parsed permits Help, Mistake, Run, Provision, Report, Extract {
    }

    /** Print this and exit 0. */
    public record Help(String text) implements Parsed {
    }

    /** Print this one line and exit 2. */
    public record Mistake(String message) implements Parsed {
    }

    /** Run the service; {@code settings} are Spring's --key=value. */
    public record Run(List<String> settings) implements Parsed {
    }

    public record Provision(List<String> settings) implements Parsed {
    }

    /** {@code report NAME}: its own options checked; the rest are settings. */
    public record Report(String name, Map<String, String> options, List<String> settings) implements Parsed {
    }

    public record Extract(List<String> files) implements Parsed {
    }

    static final Set<String> REPORTS = reports();
    private static final Set<String> REPORT_OPTIONS = Set.of("out", "format", "lang", "code", "year");
    /** Settings of the service and of the libraries it configures (application.yml), given as --key=value. */
    private static final List<String> SETTING_PREFIXES = List.of("ward-qms.", "spring.", "logging.", "server.", "management.", "content.");

    static final String USAGE = String.join("\n",
            "usage: java -jar ward-qms-service.jar [COMMAND] [--setting=value ...]",
            "",
            "Ward QMS service — document control and records for Alfresco (Ủy ban nhân dân phường).",
            "",
            "commands:",
            "  (none)      run the service: repository events, reconciliation, daily reports, /actuator/health",
            "  provision   create the QMS site, groups, folders and rules in the repository, then exit",
            "  report      write one report to a file, or publish every report to the site (report --help)",
            "  extract     print the cover page of documents as JSON lines, offline (extract --help)",
            "  help        this text; COMMAND --help for one command",
            "",
            "settings: any setting of application.yml as --key=value, e.g. --ward-qms.acs.url=http://alfresco:8080;",
            "the password comes from the environment (ACS_PASSWORD), never from the command line.",
            "exit codes: 0 done, 1 failed (the reason on one line), 2 wrong command line or configuration, 3 conflicts found.");

    static final Map<String, String> COMMAND_USAGE = Map.of(
            "provision", String.join("\n",
                    "usage: java -jar ward-qms-service.jar provision [--setting=value ...]",
                    "Creates what is missing of the QMS site (site, groups, folders, permissions, rules) and changes nothing",
                    "that is there; what differs is listed as a CONFLICT and left. Exit 0 all in place, 3 conflicts found."),
            "report", String.join("\n",
                    "usage: java -jar ward-qms-service.jar report publish",
                    "       java -jar ward-qms-service.jar report NAME --out=FILE [--format=html|csv|xlsx] [--lang=vi|en]",
                    "                                             [--code=CODE] [--year=YYYY]",
                    "NAME: register, amendments (--code: of one document), overdue-reviews, acknowledgements,",
                    "      files (Danh mục hồ sơ of --year), disposal (files past retention), transfer (due for the historical archive).",
                    "The file is written whole or not at all."),
            "extract", String.join("\n",
                    "usage: java -jar ward-qms-service.jar extract FILE...",
                    "Prints the cover page of each DOCX, DOC, ODT or PDF as one JSON line (code, title, issuing body, issue,",
                    "dates, drafted / reviewed / approved by, amendments). Needs no repository, broker or password."));

    private CommandLine() {
    }

    private static Set<String> reports() {
        Set<String> all = new java.util.HashSet<>(vn.wardqms.service.reports.ReportCommand.NAMES);
        all.add("publish");
        return Set.copyOf(all);
    }

    public static Parsed parse(String[] args) {
        List<String> all = List.of(args);
        if (all.isEmpty()) {
            return new Run(List.of());
        }
        String first = all.get(0);
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            if (all.size() > 1 && COMMAND_USAGE.containsKey(all.get(1))) {
                return new Help(COMMAND_USAGE.get(all.get(1)));
            }
            return new Help(USAGE);
        }
        if (first.startsWith("--")) {
            List<String> settings = new ArrayList<>();
            for (String a : all) {
                Mistake m = setting(a, "");
                if (m != null) {
                    return m;
                }
                settings.add(a);
            }
            return new Run(settings);
        }
        List<String> rest = all.subList(1, all.size());
        if (COMMAND_USAGE.containsKey(first) && (rest.contains("--help") || rest.contains("-h"))) {
            return new Help(COMMAND_USAGE.get(first));
        }
        return switch (first) {
            case "provision" -> provision(rest);
            case "report" -> report(rest);
            case "extract" -> extract(rest);
            default -> new Mistake(PROGRAM + ": unknown command '" + first + "': the commands are provision, report, extract and help"
                    + " (java -jar ward-qms-service.jar --help)");
        };
    }

    private static Parsed provision(List<String> rest) {
        for (String a : rest) {
            Mistake m = setting(a, "provision ");
            if (m != null) {
                return m;
            }
        }
        return new Provision(rest);
    }

    private static Parsed extract(List<String> rest) {
        if (rest.isEmpty()) {
            return new Mistake(PROGRAM + " extract: give one or more files (DOCX, DOC, ODT or PDF): java -jar ward-qms-service.jar extract FILE...");
        }
        for (String a : rest) {
            if (a.startsWith("-")) {
                return new Mistake(PROGRAM + " extract: unknown option '" + a + "'; it takes files only (extract --help)");
            }
        }
        return new Extract(rest);
    }

    private static Parsed report(List<String> rest) {
        List<String> names = rest.stream().filter(a -> !a.startsWith("--")).toList();
        if (names.isEmpty()) {
            return new Mistake(PROGRAM + " report: name the report: publish, " + String.join(", ", REPORTS.stream().filter(r -> !r.equals("publish"))
                    .sorted().toList()) + " (report --help)");
        }
        String name = names.get(0);
        if (!REPORTS.contains(name)) {
            return new Mistake(PROGRAM + " report: unknown report '" + name + "': the reports are publish, " + String.join(", ", REPORTS.stream()
                    .filter(r -> !r.equals("publish")).sorted().toList()));
        }
        if (names.size() > 1) {
            return new Mistake(PROGRAM + " report: '" + names.get(1) + "' is not an option: options are --name=value (report --help)");
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> settings = new ArrayList<>();
        for (String a : rest) {
            if (!a.startsWith("--")) {
                continue;
            }
            int eq = a.indexOf('=');
            String key = eq < 0 ? a.substring(2) : a.substring(2, eq);
            if (REPORT_OPTIONS.contains(key)) {
                if (eq < 0 || a.substring(eq + 1).isBlank()) {
                    return new Mistake(PROGRAM + " report: --" + key + " needs a value, e.g. --" + key + "=" + example(key));
                }
                if (options.put(key, a.substring(eq + 1)) != null) {
                    return new Mistake(PROGRAM + " report: --" + key + " is given twice");
                }
                continue;
            }
            Mistake m = setting(a, "report ");
            if (m != null) {
                return m;
            }
            settings.add(a);
        }
        if (name.equals("publish")) {
            if (!options.isEmpty()) {
                return new Mistake(PROGRAM + " report: publish writes every report into the site and takes no --"
                        + options.keySet().iterator().next());
            }
            return new Report(name, options, settings);
        }
        Mistake wrong = checkOptions(name, options);
        return wrong != null ? wrong : new Report(name, options, settings);
    }

    private static Mistake checkOptions(String name, Map<String, String> options) {
        if (!options.containsKey("out")) {
            return new Mistake(PROGRAM + " report: --out=FILE is missing: where to write the " + name + " report");
        }
        String format = options.getOrDefault("format", "html");
        if (!Set.of("html", "csv", "xlsx").contains(format)) {
            return new Mistake(PROGRAM + " report: --format=" + format + " is not a format: html, csv or xlsx");
        }
        String lang = options.getOrDefault("lang", "vi");
        if (!Set.of("vi", "en").contains(lang)) {
            return new Mistake(PROGRAM + " report: --lang=" + lang + " is not a language: vi or en");
        }
        if (options.containsKey("year") && !options.get("year").matches("(19|20)\\d\\d")) {
            return new Mistake(PROGRAM + " report: --year=" + options.get("year") + " is not a year such as 2025");
        }
        if (options.containsKey("year") && !name.equals("files")) {
            return new Mistake(PROGRAM + " report: --year is for the files report (Danh mục hồ sơ), not " + name);
        }
        if (options.containsKey("code") && !name.equals("amendments")) {
            return new Mistake(PROGRAM + " report: --code is for the amendments report, not " + name);
        }
        if (options.containsKey("code") && !options.get("code").matches("[\\p{L}0-9]{1,12}([-./][\\p{L}0-9]{1,12}){0,5}")) {
            return new Mistake(PROGRAM + " report: --code=" + options.get("code") + " is not a document code such as QT-02");
        }
        return null;
    }

    private static String example(String key) {
        return switch (key) {
            case "out" -> "register.xlsx";
            case "format" -> "xlsx";
            case "lang" -> "vi";
            case "code" -> "QT-02";
            default -> "2025";
        };
    }

    /**
     * The time a one-shot command may take: --ward-qms.command-timeout=, else the environment's value, else 30 s;
     * ISO-8601 (PT45S) or seconds with s (45s).
     */
    public static java.time.Duration commandTimeout(String[] args, String environment) {
        String given = environment;
        for (String a : args) {
            if (a.startsWith("--ward-qms.command-timeout=")) {
                given = a.substring("--ward-qms.command-timeout=".length());
            }
        }
        return given == null || given.isBlank() ? OneShot.DEFAULT_LIMIT : duration(given);
    }

    private static java.time.Duration duration(String given) {
        String s = given.strip();
        if (s.matches("\\d+s")) {
            return java.time.Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
        }
        return java.time.Duration.parse(s);
    }

    /** A setting as Spring reads it, --key=value with a known prefix; anything else is a mistake naming it. */
    private static Mistake setting(String arg, String command) {
        if (arg.equals("--debug")) {
            return null;
        }
        if (arg.startsWith("--ward-qms.command-timeout=")) {
            try {
                java.time.Duration d = duration(arg.substring("--ward-qms.command-timeout=".length()));
                return d.isNegative() || d.isZero() ? new Mistake(PROGRAM + ": " + arg + " is not a time: give e.g. PT60S or 60s") : null;
            } catch (java.time.format.DateTimeParseException e) {
                return new Mistake(PROGRAM + ": " + arg + " is not a time: give e.g. PT60S or 60s");
            }
        }
        String who = PROGRAM + (command.isBlank() ? "" : " " + command.strip());
        String help = "(java -jar ward-qms-service.jar " + (command.isBlank() ? "" : command.strip() + " ") + "--help)";
        if (arg.startsWith("--") && arg.contains("=") && SETTING_PREFIXES.stream().anyMatch(p -> arg.startsWith("--" + p))) {
            if (arg.startsWith("--ward-qms.acs.password=") || arg.startsWith("--ward-qms.broker.password=")) {
                return new Mistake(who + ": give passwords in the environment (ACS_PASSWORD, BROKER_PASSWORD), not on the command line,"
                        + " where other users' ps can read them");
            }
            return null;
        }
        if (arg.startsWith("--")) {
            return new Mistake(who + ": unknown option '" + arg + "' " + help);
        }
        return new Mistake(who + ": unexpected argument '" + arg + "' " + help);
    }
}
