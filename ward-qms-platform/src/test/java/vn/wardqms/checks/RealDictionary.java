package vn.wardqms.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Loads models with Alfresco's own dictionary code through ../shared/tools/real-dictionary/check.sh (built-in models
 * first, then ours in the order given, as at bootstrap) and turns each FAIL into a located problem.
 */
public final class RealDictionary {
    private static final Pattern JIBX_LINE = Pattern.compile("\\(line (\\d+), col \\d+\\)");
    private static final Pattern ARGUMENTS = Pattern.compile("\\[([^\\[\\]]*)]\\s*$");

    /** The tool's verdict for one model: OK with its summary, or FAIL with the repository's message. */
    public record Verdict(Path model, boolean ok, String detail) {
    }

    private RealDictionary() {
    }

    /** Runs the tool once on the models, in order. The first run on a machine fetches its libraries from Maven Central. */
    public static Map<Path, Verdict> load(List<Path> models) {
        List<Path> absolute = models.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Map<Path, Verdict> verdicts = new LinkedHashMap<>();
        SharedTool.Run run = SharedTool.run("real-dictionary", absolute.stream().map(Path::toString).toList(), line -> {
            for (Path model : absolute) {
                if (line.startsWith("OK " + model + " ")) {
                    verdicts.put(model, new Verdict(model, true, line.substring(3 + model.toString().length()).trim()));
                } else if (line.startsWith("FAIL " + model + " | ")) {
                    verdicts.put(model, new Verdict(model, false, line.substring(8 + model.toString().length())));
                }
            }
        });
        String output = run.output();
        boolean anyFail = verdicts.values().stream().anyMatch(v -> !v.ok());
        if (run.exitCode() != 0 && !anyFail) {
            throw new IllegalStateException("real-dictionary exited with " + run.exitCode()
                    + " without a FAIL for our models (a built-in model or the tool itself failed); its output was:\n" + output);
        }
        for (Path model : absolute) {
            if (!verdicts.containsKey(model)) {
                throw new IllegalStateException("real-dictionary gave no verdict for " + model + "; its output was:\n" + output);
            }
        }
        return verdicts;
    }

    /** The located problems of a run: one per model that FAILed. */
    public static List<Problem> problems(Map<Path, Verdict> verdicts) {
        List<Problem> problems = new ArrayList<>();
        for (Verdict v : verdicts.values()) {
            if (!v.ok()) {
                problems.add(new Problem(v.model(), locate(v.model(), v.detail()), "the repository refuses the model: " + v.detail()));
            }
        }
        return problems;
    }

    /**
     * Finds the line a dictionary error is about. Parser errors carry it; compiler errors name the offending values in
     * brackets (e.g. {@code parent_not_found - [cm:contentX, qms:record]}), which we look for as element text first
     * (parent, type, aspect, class), then as a reference attribute, then as a declared name.
     */
    static int locate(Path model, String message) {
        Matcher jibx = JIBX_LINE.matcher(message);
        if (jibx.find()) {
            return Integer.parseInt(jibx.group(1));
        }
        Matcher args = ARGUMENTS.matcher(message);
        if (!args.find()) {
            return 0;
        }
        List<String> names = List.of(args.group(1).split(",\\s*"));
        List<Element> elements;
        try {
            elements = LocatedXml.parse(model).allElements();
        } catch (LocatedXml.XmlProblem e) {
            return e.problem().line();
        }
        for (String name : names) {
            for (Element e : elements) {
                if (isLeaf(e) && e.getTextContent().trim().equals(name)) {
                    return LocatedXml.line(e);
                }
            }
        }
        for (String name : names) {
            for (Element e : elements) {
                if (name.equals(e.getAttribute("ref")) || name.equals(e.getAttribute("type"))) {
                    return LocatedXml.line(e);
                }
            }
        }
        for (String name : names) {
            for (Element e : elements) {
                if (name.equals(e.getAttribute("name"))) {
                    return LocatedXml.line(e);
                }
            }
        }
        return 0;
    }

    private static boolean isLeaf(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return false;
            }
        }
        return true;
    }
}
