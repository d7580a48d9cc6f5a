package vn.wardqms.checks.model;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check-models [--builtins DIR] FILE...}: loads the built-in models, then each file in the order given, and
 * prints {@code OK <file> (<model>): N types, M aspects, P properties} or {@code FAIL <file>:<line> | <reason>} for
 * each. Exit 0 when every file is OK, 1 when one is not, 2 for a usage error.
 */
public final class CheckModels {
    static final String USAGE = """
            usage: check-models [--builtins DIR] FILE...
              Loads Alfresco's built-in models (DIR/model/*.xml and DIR/workflow/workflowModel.xml, in bootstrap order),
              then each FILE in the order given, as the repository does at start-up, and prints for each
                OK <file> (<prefix>:<name>): N types, M aspects, P properties
                FAIL <file>:<line> | <reason>
              DIR defaults to ../shared/alfresco (the reference files beside the project); it also holds the XSD
              (model/modelSchema.xsd) and the parser binding (model/m2binding.xml) the files are checked against.
              Exit 0 when every file is OK, 1 when one is not, 2 for a usage error.""";

    private CheckModels() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path builtins = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (arg.equals("--builtins")) {
                if (i + 1 >= args.length) {
                    err.println("check-models: --builtins needs a folder");
                    return 2;
                }
                builtins = Path.of(args[++i]);
            } else if (arg.startsWith("--builtins=")) {
                builtins = Path.of(arg.substring("--builtins=".length()));
            } else if (arg.startsWith("-")) {
                err.println("check-models: unknown option " + arg + " (see --help)");
                return 2;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        if (builtins == null) {
            builtins = ModelChecker.defaultReferenceDir();
        }
        for (String required : List.of("model/modelSchema.xsd", "model/m2binding.xml")) {
            if (!Files.isRegularFile(builtins.resolve(required))) {
                err.println("check-models: " + builtins.resolve(required) + " is missing: give the folder of Alfresco's reference files with --builtins");
                return 2;
            }
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("check-models: " + file + " is not a readable file");
                return 2;
            }
        }
        ModelChecker checker;
        try {
            checker = ModelChecker.withBuiltIns(builtins);
        } catch (RuntimeException e) {
            err.println("check-models: " + e.getMessage());
            return 2;
        }
        boolean allOk = true;
        for (Path file : files) {
            ModelChecker.Verdict verdict = checker.check(file);
            verdict.lines().forEach(out::println);
            allOk &= verdict.ok();
        }
        return allOk ? 0 : 1;
    }
}
