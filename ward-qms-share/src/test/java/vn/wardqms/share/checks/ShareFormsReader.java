package vn.wardqms.share.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.wardqms.checks.LocatedXml;
import vn.wardqms.checks.Problem;
import vn.wardqms.checks.SharedContracts;

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
        Path tool = SharedContracts.dir().resolve("tools/share-forms/check.sh");
        List<String> command = List.of("bash", tool.toString(), config.toAbsolutePath().toString());
        List<SharedForm> forms = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        LocatedXml xml = LocatedXml.parse(config);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.append(line).append('\n');
                    String text = line.replaceAll("\u001B\\[[0-9;]*m", "");
                    Matcher form = FORM.matcher(text);
                    Matcher fail = FAIL.matcher(text);
                    if (form.matches()) {
                        forms.add(new SharedForm(form.group(2), form.group(3), form.group(4), list(form.group(5)), list(form.group(6)),
                                list(form.group(7)), list(form.group(8)), list(form.group(9))));
                    } else if (fail.matches()) {
                        failures.add(new Problem(config, sectionLine(xml, fail.group(2), fail.group(3)), "Share's forms reader: " + fail.group(4)));
                    }
                }
            }
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("share-forms did not finish in 15 minutes");
            }
            if (process.exitValue() != 0 && failures.isEmpty()) {
                throw new IllegalStateException("share-forms exited with " + process.exitValue() + " without a FAIL line; its output was:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading forms", e);
        }
        return new Verdict(forms, failures, output.toString());
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
