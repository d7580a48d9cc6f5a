package vn.wardqms.checks.share;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import vn.wardqms.checks.Problem;
import vn.wardqms.checks.model.Dictionary;
import vn.wardqms.checks.model.ModelChecker;
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
            usage: check-share [--model FILE]... [--messages FILE]... [--builtins DIR] FILE...

            Reads each Share config file (share-config-custom.xml, a forms config, or a Surf extension module) as Share's
            config service and forms readers would, and prints one line per form:
              FORM <file> [<evaluator>=<condition>] form=<id> view=[..] edit=[..] create=[..] sets=[..] appearance=[..]
            (null for a missing evaluator, condition or form id: the default form). A mode's list is the fields Share
            shows, in its order; [*] means the config names none for that mode, so Share shows the fields the
            repository's form service gives the item, less each -field hidden. sets are the declared set ids, as
            parent/child paths; appearance the fields styled in <appearance>.
            What Share would refuse or misread is printed as
              FAIL <file>:<line> | <reason>
            With --model (content models, loaded after Alfresco's built-in models from DIR, default ../shared/alfresco,
            in the order given) the forms are also checked against the models: each section's condition is a class of
            the right kind, each field is a property or association of the models and, shown without force, of the
            section's class; with --messages (bundles, UTF-8) each label-id, description-id, help-id and message-id is
            in every bundle. A model that does not load is reported as check-models would, and fails the run.
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
        List<Path> models = new ArrayList<>();
        List<Path> bundles = new ArrayList<>();
        Path builtins = ModelChecker.defaultReferenceDir();
        boolean usable = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (List.of("--model", "--messages", "--builtins").contains(arg)) {
                if (i + 1 >= args.length) {
                    err.println(arg + " needs a file or folder (see --help)");
                    return USAGE;
                }
                Path value = Path.of(args[++i]);
                switch (arg) {
                    case "--model" -> models.add(value);
                    case "--messages" -> bundles.add(value);
                    default -> builtins = value;
                }
                if (!arg.equals("--builtins") && !Files.isReadable(value)) {
                    err.println("cannot read " + value + ": not a readable file");
                    usable = false;
                }
            } else if (arg.startsWith("-")) {
                err.println("unknown option " + arg + " (see --help)");
                usable = false;
            } else if (!Files.isRegularFile(Path.of(arg)) || !Files.isReadable(Path.of(arg))) {
                err.println("cannot read " + arg + ": not a readable file");
                usable = false;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (!usable) {
            return USAGE;
        }
        if (files.isEmpty()) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        boolean failed = false;
        Dictionary dictionary = null;
        Map<Path, Properties> messages = new LinkedHashMap<>();
        if (!models.isEmpty() || !bundles.isEmpty()) {
            ModelChecker checker;
            try {
                checker = ModelChecker.withBuiltIns(builtins);
                for (Path bundle : bundles) {
                    messages.put(bundle, load(bundle));
                }
            } catch (RuntimeException | IOException e) {
                err.println("check-share: " + e.getMessage());
                return USAGE;
            }
            for (Path model : models) {
                ModelChecker.Verdict verdict = checker.check(model);
                if (!verdict.ok()) {
                    verdict.lines().forEach(out::println);
                    failed = true;
                }
            }
            dictionary = checker.dictionary();
        }
        for (Path file : files) {
            FormsConfig config = FormsConfigReader.read(file);
            for (Form form : config.forms()) {
                out.println(formLine(file, form));
            }
            List<Problem> problems = new ArrayList<>(config.problems());
            if (dictionary != null && !config.failed()) {
                problems.addAll(FormsAgainstModels.check(config, dictionary, messages));
            }
            for (Problem problem : problems) {
                out.println("FAIL " + problem.file() + ":" + problem.line() + " | " + problem.message());
            }
            failed |= !problems.isEmpty();
        }
        return failed ? FAILED : OK;
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The FORM line of one form (null stands for a missing evaluator, condition or id). */
    public static String formLine(Path file, Form form) {
        return "FORM " + file + " [" + form.evaluator() + "=" + form.condition() + "] form=" + form.id()
                + " view=" + form.view() + " edit=" + form.edit() + " create=" + form.create()
                + " sets=" + form.setPaths() + " appearance=" + form.styledIds();
    }
}
