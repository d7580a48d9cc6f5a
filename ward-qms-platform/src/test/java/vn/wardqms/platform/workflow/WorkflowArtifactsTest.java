package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.checks.BrokenCopy;
import vn.wardqms.checks.LabelBundleCheck;
import vn.wardqms.checks.LabelBundleCheck.ExpectedKey;
import vn.wardqms.checks.ModelFacts;
import vn.wardqms.checks.ModelSchemaCheck;
import vn.wardqms.checks.Problem;
import vn.wardqms.checks.SharedContracts;
import vn.wardqms.checks.WorkflowCheck;

/**
 * The BPMN, the task model, the rule classes and the message bundles agree, and the repository will find every
 * label it looks up. Broken copies fail with file and line.
 */
class WorkflowArtifactsTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path MODULE_ROOT = BASE.resolve("src/main/resources");
    private static final Path MODULE = MODULE_ROOT.resolve("alfresco/module/ward-qms-platform");
    private static final Path TASK_MODEL = MODULE.resolve("model/qmsWorkflowModel.xml");
    private static final List<Path> BPMN = List.of(MODULE.resolve("workflow/qms-document-approval.bpmn20.xml"),
            MODULE.resolve("workflow/qms-withdrawal.bpmn20.xml"), MODULE.resolve("workflow/qms-periodic-review.bpmn20.xml"),
            MODULE.resolve("workflow/qms-read-acknowledgement.bpmn20.xml"));

    @TempDir
    Path temp;

    @Test
    void everyDefinitionMatchesTheBpmnSchemaActivitiShips() {
        for (Path bpmn : BPMN) {
            assertThat(WorkflowCheck.validateSchema(bpmn)).as(bpmn.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void definitionsTaskModelAndRulesAgree() {
        assertThat(check(BPMN, ModelFacts.read(TASK_MODEL)).problems()).isEmpty();
    }

    @Test
    void taskModelMatchesTheRepositorySchemaAndHasBothLanguages() {
        ModelFacts model = ModelFacts.read(TASK_MODEL);
        assertThat(new ModelSchemaCheck(SharedContracts.modelSchema()).check(TASK_MODEL)).isEmpty();
        assertThat(LabelBundleCheck.check(model, MODULE.resolve("messages/qms-workflow-model.properties"),
                MODULE.resolve("messages/qms-workflow-model_vi.properties"))).isEmpty();
    }

    @Test
    void workflowMessagesHoldEveryTitleTheRepositoryLooksUpAndEveryRuleMessage() throws IOException {
        List<ExpectedKey> keys = new ArrayList<>(check(BPMN, ModelFacts.read(TASK_MODEL)).messageKeys());
        keys.addAll(ruleMessageKeys());
        assertThat(keys).extracting(ExpectedKey::key).contains("qmsDocumentApproval.workflow.title",
                "qmsDocumentApproval.task.qmswf_reviewTask.title", "qmsDocumentApproval.task.reviewTask.description",
                "qmsPeriodicReview.node.amendment.title", "qms.workflow.error.drafterReviews");
        assertThat(LabelBundleCheck.checkKeys(keys, MODULE.resolve("messages/qms-workflow.properties"),
                MODULE.resolve("messages/qms-workflow_vi.properties"), "the BPMN and the rule classes")).isEmpty();
    }

    @Test
    void ruleMessagesReadFromTheShippedBundleInBothLanguages() throws IOException {
        for (ExpectedKey key : ruleMessageKeys()) {
            String text = WorkflowMessages.bilingual(key.key(), "hung", "x");
            assertThat(text).doesNotContain(key.key()).contains(" — ");
        }
        assertThat(WorkflowMessages.bilingual("qms.workflow.error.drafterApproves", "suong"))
                .isEqualTo("suong drafted this document and cannot approve it — suong là người soạn thảo tài liệu này nên không được phê duyệt");
    }

    @Test
    void brokenDefinitionsAreReportedAtTheirLine() {
        Path approval = BPMN.get(0);
        BrokenCopy unknownForm = BrokenCopy.of(approval, temp.resolve("a/approval.bpmn20.xml"),
                "activiti:formKey=\"qmswf:approveTask\"", "activiti:formKey=\"qmswf:approvalTask\"");
        assertThat(check(List.of(unknownForm.file(), BPMN.get(1), BPMN.get(2), BPMN.get(3)), ModelFacts.read(TASK_MODEL)).problems())
                .anySatisfy(p -> assertAt(p, unknownForm.file(), unknownForm.line(), "form key qmswf:approvalTask is not a type"));

        String approveListeners = "activiti:formKey=\"qmswf:approveTask\">\n            <extensionElements>\n"
                + "                <activiti:taskListener event=\"create\" delegateExpression=\"${qmsTaskRules}\"/>\n";
        BrokenCopy noRules = BrokenCopy.of(approval, temp.resolve("b/approval.bpmn20.xml"),
                approveListeners + "                <activiti:taskListener event=\"assignment\" delegateExpression=\"${qmsTaskRules}\"/>\n",
                approveListeners);
        int approveTaskLine = BrokenCopy.lineOf(noRules.file(), "<userTask id=\"approveTask\"");
        assertThat(check(List.of(noRules.file(), BPMN.get(1), BPMN.get(2), BPMN.get(3)), ModelFacts.read(TASK_MODEL)).problems())
                .anySatisfy(p -> assertAt(p, noRules.file(), approveTaskLine, "lacks ${qmsTaskRules} on assignment"));

        BrokenCopy typo = BrokenCopy.of(approval, temp.resolve("c/approval.bpmn20.xml"),
                "${qmswf_approvalOutcome == 'Approve'}", "${qmswf_aprovalOutcome == 'Approve'}");
        assertThat(check(List.of(typo.file(), BPMN.get(1), BPMN.get(2), BPMN.get(3)), ModelFacts.read(TASK_MODEL)).problems())
                .anySatisfy(p -> assertAt(p, typo.file(), typo.line(), "reads qmswf_aprovalOutcome"));

        BrokenCopy schema = BrokenCopy.of(approval, temp.resolve("d/approval.bpmn20.xml"),
                "<exclusiveGateway id=\"approvalDecision\"", "<exclusiveGateways id=\"approvalDecision\"");
        assertThat(WorkflowCheck.validateSchema(schema.file()))
                .anySatisfy(p -> assertAt(p, schema.file(), schema.line(), "exclusiveGateways"));
    }

    @Test
    void outcomeListThatDriftsFromTheRulesIsReportedInTheTaskModel() {
        BrokenCopy drift = BrokenCopy.of(TASK_MODEL, temp.resolve("qmsWorkflowModel.xml"),
                "<value>Resubmit</value>", "<value>Resubmit</value>\n                    <value>Escalate</value>");
        ModelFacts model = ModelFacts.read(drift.file());
        int line = model.property("qmswf:reviseOutcome").orElseThrow().line();
        assertThat(check(BPMN, model).problems())
                .anySatisfy(p -> assertAt(p, drift.file(), line, "allows [Resubmit, Escalate, Cancel] but the rules accept [Resubmit, Cancel]"));
    }

    private static WorkflowCheck.Result check(List<Path> bpmn, ModelFacts taskModel) {
        Map<String, WorkflowCheck.TaskRule> rules = new LinkedHashMap<>();
        for (QmsTask task : QmsTask.values()) {
            rules.put(task.taskKey(), new WorkflowCheck.TaskRule(task.outcomeVariable(), task.outcomes()));
        }
        Set<String> kept = new HashSet<>(constants(ProcessVariables.class));
        kept.add(DecisionLog.VARIABLE);
        Arrays.stream(QmsTask.values()).map(QmsTask::outcomeVariable).filter(v -> v != null).forEach(kept::add);
        return WorkflowCheck.check(bpmn, taskModel, rules, kept, MODULE_ROOT);
    }

    /** Every message key the rule classes use, with the line that uses it. */
    private static List<ExpectedKey> ruleMessageKeys() throws IOException {
        Pattern key = Pattern.compile("\"(qms\\.workflow\\.error\\.\\w+)\"");
        List<ExpectedKey> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(BASE.resolve("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = key.matcher(lines.get(i));
                    while (m.find()) {
                        keys.add(new ExpectedKey(m.group(1), source, i + 1, "message " + m.group(1)));
                    }
                }
            }
        }
        return keys;
    }

    private static List<String> constants(Class<?> holder) {
        List<String> values = new ArrayList<>();
        for (Field f : holder.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    private static void assertAt(Problem p, Path file, int line, String message) {
        assertThat(p.file().toAbsolutePath()).as(p.toString()).isEqualTo(file.toAbsolutePath());
        assertThat(p.line()).as(p.toString()).isEqualTo(line);
        assertThat(p.message()).as(p.toString()).contains(message);
    }
}
