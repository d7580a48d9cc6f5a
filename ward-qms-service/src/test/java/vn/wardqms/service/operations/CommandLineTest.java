package vn.wardqms.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as a new user types it: help without starting anything, and every mistake named in one line. */
class CommandLineTest {
    private static CommandLine.Parsed parse(String... args) {
        return CommandLine.parse(args);
    }

    @Test
    void noArgumentsOrOnlySettingsRunTheService() {
        assertThat(parse()).isEqualTo(new CommandLine.Run(List.of()));
        assertThat(parse("--ward-qms.site-id=qms", "--logging.level.root=INFO"))
                .isEqualTo(new CommandLine.Run(List.of("--ward-qms.site-id=qms", "--logging.level.root=INFO")));
    }

    @Test
    void helpForAllAndForEachCommand() {
        assertThat(parse("--help")).isInstanceOfSatisfying(CommandLine.Help.class, h -> assertThat(h.text()).contains("provision", "report", "extract"));
        assertThat(parse("-h")).isEqualTo(parse("help"));
        assertThat(parse("extract", "--help")).isEqualTo(new CommandLine.Help(CommandLine.COMMAND_USAGE.get("extract")));
        assertThat(parse("report", "register", "--help")).isEqualTo(new CommandLine.Help(CommandLine.COMMAND_USAGE.get("report")));
        assertThat(parse("help", "provision")).isEqualTo(new CommandLine.Help(CommandLine.COMMAND_USAGE.get("provision")));
    }

    @Test
    void theCommandsWithTheirArguments() {
        assertThat(parse("provision")).isEqualTo(new CommandLine.Provision(List.of()));
        assertThat(parse("extract", "a.docx", "b.pdf")).isEqualTo(new CommandLine.Extract(List.of("a.docx", "b.pdf")));
        assertThat(parse("report", "files", "--year=2025", "--out=dm.xlsx", "--format=xlsx", "--ward-qms.site-id=qms"))
                .isEqualTo(new CommandLine.Report("files", Map.of("year", "2025", "out", "dm.xlsx", "format", "xlsx"), List.of("--ward-qms.site-id=qms")));
        assertThat(parse("report", "publish")).isEqualTo(new CommandLine.Report("publish", Map.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "provison                                    | ward-qms-service: unknown command 'provison': the commands are provision, report, extract and help (java -jar ward-qms-service.jar --help)",
        "--verbose                                   | ward-qms-service: unknown option '--verbose' (java -jar ward-qms-service.jar --help)",
        "provision --force                           | ward-qms-service provision: unknown option '--force' (java -jar ward-qms-service.jar provision --help)",
        "provision now                               | ward-qms-service provision: unexpected argument 'now' (java -jar ward-qms-service.jar provision --help)",
        "extract                                     | ward-qms-service extract: give one or more files (DOCX, DOC, ODT or PDF): java -jar ward-qms-service.jar extract FILE...",
        "extract -v a.docx                           | ward-qms-service extract: unknown option '-v'; it takes files only (extract --help)",
        "report                                      | ward-qms-service report: name the report: publish, acknowledgements, amendments, disposal, files, overdue-reviews, register, transfer (report --help)",
        "report registre --out=a.html                | ward-qms-service report: unknown report 'registre': the reports are publish, acknowledgements, amendments, disposal, files, overdue-reviews, register, transfer",
        "report register                             | ward-qms-service report: --out=FILE is missing: where to write the register report",
        "report register --out=a --format=docx       | ward-qms-service report: --format=docx is not a format: html, csv or xlsx",
        "report register --out=a --lang=fr           | ward-qms-service report: --lang=fr is not a language: vi or en",
        "report register --out                       | ward-qms-service report: --out needs a value, e.g. --out=register.xlsx",
        "report register --out=a --out=b             | ward-qms-service report: --out is given twice",
        "report files --out=a --year=25              | ward-qms-service report: --year=25 is not a year such as 2025",
        "report register --out=a --year=2025         | ward-qms-service report: --year is for the files report (Danh mục hồ sơ), not register",
        "report disposal --out=a --code=QT-01        | ward-qms-service report: --code is for the amendments report, not disposal",
        "report amendments --out=a --code=QT 01;rm   | ward-qms-service report: --code=QT 01;rm is not a document code such as QT-02",
        "report register --out=a --formt=csv         | ward-qms-service report: unknown option '--formt=csv' (java -jar ward-qms-service.jar report --help)",
        "report register extra --out=a               | ward-qms-service report: 'extra' is not an option: options are --name=value (report --help)",
        "report publish --out=a                      | ward-qms-service report: publish writes every report into the site and takes no --out",
        "--ward-qms.acs.password=s3cret              | ward-qms-service: give passwords in the environment (ACS_PASSWORD, BROKER_PASSWORD), not on the command line, where other users' ps can read them",
    })
    void everyMistakeIsNamedInOneLine(String args, String message) {
        String[] split = args.contains("QT 01;rm") ? new String[] {"report", "amendments", "--out=a", "--code=QT 01;rm"} : args.strip().split(" +");
        assertThat(CommandLine.parse(split)).isEqualTo(new CommandLine.Mistake(message));
    }
}
