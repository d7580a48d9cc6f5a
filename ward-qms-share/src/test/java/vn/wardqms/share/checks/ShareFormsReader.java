package vn.wardqms.share.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.wardqms.checks.LocatedXml;
import vn.wardqms.checks.Problem;
import vn.wardqms.checks.SharedTool;

/**
 * Runs Share's own forms reader (../shared/tools/share-forms/check.sh) on a config file and reads its verdicts: the
 * fields each form shows per mode, or Share's error — located at the config section it came from.
 */
public final class ShareFormsReader {
    private static final Pattern FORM = Pattern.compile(
            "^FORM (\\S+) \\[(\\S+?)=(\\S+?)] form=(\\S+) view=\\[(.*?)] edit=\\[(.*?)] create=\\[(.*?)] sets=\\[(.*?)] appearance=\\[(.*?)]$");
    private static final Pattern FAIL = Pattern.compile("^FAIL (\\S+) \\[(\\S+?)=(\\S+?)] \\| (.*)$");

    /** One form as Share reads it. */
    public record SharedForm(String evaluator, String condition, String id, List<String> view, List<String> edit, List<String> create,
                             List<String> sets, List<String> appearance) {
    }

    public record Verdict(List<SharedForm> forms, List<Problem> failures, String output) {
    }

    private ShareFormsReader() {
    }

    public static Verdict read(Path config) {
        List<SharedForm> forms = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        LocatedXml xml = LocatedXml.parse(config);
        SharedTool.Run run = SharedTool.run("share-forms", List.of(config.toAbsolutePath().toString()), line -> {
            String text = line.replaceAll("\u001B\\[[0-9;]*m", "");
            Matcher form = FORM.matcher(text);
            Matcher fail = FAIL.matcher(text);
            if (form.matches()) {
                forms.add(new SharedForm(form.group(2), form.group(3), form.group(4), list(form.group(5)), list(form.group(6)),
                        list(form.group(7)), list(form.group(8)), list(form.group(9))));
            } else if (fail.matches()) {
                failures.add(new Problem(config, sectionLine(xml, fail.group(2), fail.group(3)), "Share's forms reader: " + fail.group(4)));
            }
        });
        if (run.exitCode() != 0 && failures.isEmpty()) {
            throw new IllegalStateException("share-forms exited with " + run.exitCode() + " without a FAIL line; its output was:\n" + run.output());
        }
        return new Verdict(forms, failures, run.output());
    }

    private static int sectionLine(LocatedXml xml, String evaluator, String condition) {
        return LocatedXml.descendants(xml.root(), "config").stream()
                .filter(c -> c.getAttribute("evaluator").equals(evaluator.equals("null") ? "" : evaluator)
                        && c.getAttribute("condition").equals(condition.equals("null") ? "" : condition))
                .findFirst().map(LocatedXml::line).orElse(0);
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
