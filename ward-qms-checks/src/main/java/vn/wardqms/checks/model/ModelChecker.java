package vn.wardqms.checks.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.wardqms.checks.LocatedXml;
import vn.wardqms.checks.ModelSchemaCheck;
import vn.wardqms.checks.Problem;

/**
 * Loads content models as the repository does at start-up, one after another into one dictionary, and says of each
 * whether the repository would take it: the XSD, the parser's element order (from its binding file), then the
 * dictionary's rules against the models loaded before it. A model that fails is not loaded, so the models after it
 * are checked without it, as in the repository (where a failing model stops the start-up).
 */
public final class ModelChecker {
    /** The built-in models a custom model may import, in the order the repository bootstraps them. */
    public static final List<String> BUILT_IN_MODELS = List.of("model/dictionaryModel.xml", "model/systemModel.xml",
            "model/userModel.xml", "model/contentModel.xml", "model/bpmModel.xml", "model/applicationModel.xml",
            "workflow/workflowModel.xml");

    /** The checker's word on one model file. */
    public record Verdict(Path file, String modelName, List<Problem> problems, int types, int aspects, int properties) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The checker's output line(s) for this model: OK with its counts, or one FAIL per problem. */
        public List<String> lines() {
            if (ok()) {
                return List.of("OK " + file + " (" + modelName + "): " + types + " types, " + aspects + " aspects, " + properties + " properties");
            }
            return problems.stream().map(p -> "FAIL " + file + ":" + p.line() + " | " + p.message()).toList();
        }
    }

    private final ModelSchemaCheck schema;
    private final ParserBinding binding;
    private final Dictionary dictionary = new Dictionary();

    private ModelChecker(Path modelSchema, Path parserBinding) {
        this.schema = new ModelSchemaCheck(modelSchema);
        this.binding = ParserBinding.load(parserBinding);
    }

    /**
     * Alfresco's reference files: {@code alfresco/} in the folder the system property wardqms.shared.dir names
     * (run.sh and the build set it), else in ../shared beside the current folder.
     */
    public static Path defaultReferenceDir() {
        return Path.of(System.getProperty("wardqms.shared.dir", "../shared")).resolve("alfresco");
    }

    /**
     * A checker over the reference folder ({@code ../shared/alfresco}: model/modelSchema.xsd, model/m2binding.xml)
     * with nothing loaded yet.
     */
    public static ModelChecker empty(Path referenceDir) {
        return new ModelChecker(referenceDir.resolve("model/modelSchema.xsd"), referenceDir.resolve("model/m2binding.xml"));
    }

    /**
     * A checker with the built-in models of {@code builtinsDir} loaded (the files of {@link #BUILT_IN_MODELS}); the
     * XSD and binding are taken from the same folder. A built-in model that fails is an error of the set-up.
     */
    public static ModelChecker withBuiltIns(Path builtinsDir) {
        ModelChecker checker = empty(builtinsDir);
        for (String relative : BUILT_IN_MODELS) {
            Path file = builtinsDir.resolve(relative);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("built-in model " + file + " is missing");
            }
            Verdict verdict = checker.check(file);
            if (!verdict.ok()) {
                throw new IllegalStateException("built-in model " + file + " does not load: " + verdict.problems().get(0));
            }
        }
        return checker;
    }

    /** The built-in verdicts, for a test that wants to see them rather than trust them. */
    public static List<Verdict> checkBuiltIns(Path builtinsDir) {
        ModelChecker checker = empty(builtinsDir);
        return checker.checkAll(BUILT_IN_MODELS.stream().map(builtinsDir::resolve).toList());
    }

    public List<Verdict> checkAll(List<Path> files) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Path file : files) {
            verdicts.add(check(file));
        }
        return verdicts;
    }

    /** Checks one model and, if the repository would take it, loads it for the models after it. */
    public Verdict check(Path file) {
        LocatedXml xml;
        try {
            xml = LocatedXml.parse(file);
        } catch (LocatedXml.XmlProblem e) {
            return new Verdict(file, null, List.of(e.problem()), 0, 0, 0);
        }
        ParserBinding.Reading reading = binding.read(xml);
        List<Problem> problems = new ArrayList<>(reading.problems());
        Set<Integer> placed = new HashSet<>();
        problems.forEach(p -> placed.add(p.line()));
        for (Problem p : schema.check(file)) {
            if (!xsdLagsParser(p, reading) && placed.add(p.line())) {
                problems.add(p);
            }
        }
        ModelFile model = ModelFile.read(xml);
        // A model the parser refuses is never compiled by the repository, so it is not loaded; its dictionary
        // problems are still reported (once per line), as they would be the next thing the author meets.
        boolean parsed = problems.isEmpty();
        ModelCompiler.Result compiled = ModelCompiler.compile(model, dictionary, parsed);
        compiled.problems().stream().filter(p -> parsed || placed.add(p.line())).forEach(problems::add);
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Verdict(file, model.name(), List.copyOf(problems), compiled.types(), compiled.aspects(), compiled.properties());
    }

    /**
     * On which elements may appear where, the parser's binding is the authority and the XSD lags it in places (the
     * built-in models themselves use elements the XSD does not list, such as analyserResourceBundleName): an XSD
     * content error is dropped where the parser read the element at that place, or, for content the XSD finds
     * incomplete, where the parser already said what is missing. Every other XSD error stands.
     */
    private static boolean xsdLagsParser(Problem xsd, ParserBinding.Reading reading) {
        String message = xsd.message();
        if (message.contains("cvc-complex-type.2.4.a") || message.contains("cvc-complex-type.2.4.d")) {
            return reading.linesRead().contains(xsd.line());
        }
        if (message.contains("cvc-complex-type.2.4.b")) {
            return !reading.problems().isEmpty();
        }
        return false;
    }

    /** The dictionary of everything loaded so far (for checks of other artifacts against the models). */
    public Dictionary dictionary() {
        return dictionary;
    }
}
