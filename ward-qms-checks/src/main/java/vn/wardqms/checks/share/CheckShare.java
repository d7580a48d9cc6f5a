package vn.wardqms.checks.share;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.wardqms.checks.Problem;
import vn.wardqms.checks.share.FormsConfig.Form;

/**
 * Command line: reads Share config files as Share would and prints, for each form, the fields it shows per mode — or
 * what Share would refuse or misread, at its line. Exit code 0 when nothing failed, 1 when something did, 2 when the
 * command was used wrongly.
 */
public final class CheckShare {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: java -cp ward-qms-checks.jar vn.wardqms.checks.share.CheckShare FILE...

            Reads each Share config file (share-config-custom.xml, a forms config, or a Surf extension module) as Share's
            config service and forms readers would, and prints one line per form:
              FORM <file> [<evaluator>=<condition>] form=<id> view=[..] edit=[..] create=[..] sets=[..] appearance=[..]
            (null for a missing evaluator, condition or form id: the default form). A mode's list is the fields Share
            shows, in its order; [*] means the config names none for that mode, so Share shows the fields the
            repository's form service gives the item, less each -field hidden. sets are the declared set ids, as
            parent/child paths; appearance the fields styled in <appearance>.
            What Share would refuse or misread is printed as
              FAIL <file>:<line> | <reason>
            Exit code: 0 if no FAIL, 1 if any, 2 for a usage error.
            """;

    private CheckShare() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        List<Path> files = new ArrayList<>();
        boolean usable = true;
        for (String arg : args) {
            Path file = Path.of(arg);
            if (arg.startsWith("-")) {
                err.println("unknown option " + arg + " (see --help)");
                usable = false;
            } else if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                err.println("cannot read " + arg + ": not a readable file");
                usable = false;
            }
            files.add(file);
        }
        if (!usable) {
            return USAGE;
        }
        boolean failed = false;
        for (Path file : files) {
            FormsConfig config = FormsConfigReader.read(file);
            for (Form form : config.forms()) {
                out.println(formLine(file, form));
            }
            for (Problem problem : config.problems()) {
                out.println("FAIL " + problem.file() + ":" + problem.line() + " | " + problem.message());
            }
            failed |= config.failed();
        }
        return failed ? FAILED : OK;
    }

    /** The FORM line of one form (null stands for a missing evaluator, condition or id). */
    public static String formLine(Path file, Form form) {
        return "FORM " + file + " [" + form.evaluator() + "=" + form.condition() + "] form=" + form.id()
                + " view=" + form.view() + " edit=" + form.edit() + " create=" + form.create()
                + " sets=" + form.setPaths() + " appearance=" + form.styledIds();
    }
}
