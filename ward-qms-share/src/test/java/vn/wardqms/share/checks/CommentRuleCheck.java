package vn.wardqms.share.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.wardqms.checks.Problem;
import vn.wardqms.platform.workflow.QmsTask;

/**
 * "A rejection needs a comment" says the same in Share as in the repository: the script's table of outcomes that need a
 * comment equals the process rules (the platform's QmsTask), each such task form puts the rule on bpm:comment, and every
 * validation handler the forms name is defined by Share or by the script.
 */
public final class CommentRuleCheck {
    public static final String CONSTRAINT = "QMS_COMMENT_REQUIRED";
    private static final Pattern TABLE_ENTRY = Pattern.compile("\"prop_(qmswf_\\w+)\"\\s*:\\s*\\[([^\\]]*)]");
    private static final Pattern HANDLER = Pattern.compile("(WardQms\\.forms\\.validation\\.\\w+)\\s*=\\s*function");

    private CommentRuleCheck() {
    }

    /** The script's table: outcome variable (qmswf_...) to the outcomes that need a comment. */
    public static Map<String, Set<String>> table(Path script) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        Matcher m = TABLE_ENTRY.matcher(read(script));
        while (m.find()) {
            Set<String> outcomes = new LinkedHashSet<>();
            Arrays.stream(m.group(2).split(",")).map(s -> s.trim().replace("\"", "")).filter(s -> !s.isEmpty()).forEach(outcomes::add);
            table.put(m.group(1), outcomes);
        }
        return table;
    }

    public static List<Problem> check(Path script, ShareConfigCheck.Result config, Processes processes, Path configFile) {
        List<Problem> problems = new ArrayList<>();
        String text = read(script);
        Map<String, Set<String>> table = table(script);
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        for (QmsTask task : QmsTask.values()) {
            Set<String> needing = new LinkedHashSet<>();
            task.outcomes().stream().filter(task::needsComment).forEach(needing::add);
            if (!needing.isEmpty()) {
                rules.put(task.outcomeVariable(), needing);
            }
        }
        if (!table.equals(rules)) {
            problems.add(new Problem(script, lineOf(text, "OUTCOMES_NEEDING_COMMENT"), "outcomes needing a comment " + table
                    + " differ from the process rules (QmsTask) " + rules));
        }
        for (QmsTask task : QmsTask.values()) {
            if (task.outcomes().stream().noneMatch(task::needsComment)) {
                continue;
            }
            String taskType = processes.taskTypeOfUserTask(task.taskKey());
            List<ShareConfigCheck.FormFacts> forms = config.formsFor("task-type", taskType == null ? "?" : taskType);
            boolean ruled = config.validationHandlers().containsKey("WardQms.forms.validation.commentRequiredForOutcome")
                    && forms.stream().anyMatch(f -> f.shownModes().containsKey("bpm:comment"))
                    && constraintOnComment(configFile, taskType);
            if (!ruled) {
                problems.add(new Problem(configFile, forms.isEmpty() ? 0 : forms.get(0).where().line(), "task form of " + taskType
                        + " must require a comment for " + rules.get(task.outcomeVariable()) + " (constraint " + CONSTRAINT + " on bpm:comment)"));
            }
        }
        Set<String> defined = new LinkedHashSet<>();
        Matcher m = HANDLER.matcher(text);
        while (m.find()) {
            defined.add(m.group(1));
        }
        for (Map.Entry<String, List<ShareConfigCheck.Where>> handler : config.validationHandlers().entrySet()) {
            if (!handler.getKey().startsWith("Alfresco.forms.validation.") && !defined.contains(handler.getKey())) {
                for (ShareConfigCheck.Where at : handler.getValue()) {
                    problems.add(new Problem(at.file(), at.line(), "validation handler " + handler.getKey() + " is defined neither by Share nor by "
                            + script.getFileName()));
                }
            }
        }
        return problems;
    }

    /** The task type's section of the config puts the constraint on bpm:comment. */
    private static boolean constraintOnComment(Path configFile, String taskType) {
        String text = read(configFile);
        int section = text.indexOf("condition=\"" + taskType + "\"");
        if (section < 0) {
            return false;
        }
        int end = text.indexOf("</config>", section);
        String body = text.substring(section, end);
        int comment = body.indexOf("<field id=\"bpm:comment\"");
        return comment >= 0 && body.indexOf("type=\"" + CONSTRAINT + "\"", comment) > comment
                && body.indexOf("type=\"" + CONSTRAINT + "\"", comment) < body.indexOf("</field>", comment);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
