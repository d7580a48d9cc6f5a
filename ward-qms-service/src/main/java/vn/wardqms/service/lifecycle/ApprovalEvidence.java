package vn.wardqms.service.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alfresco.core.model.Node;

import feign.FeignException;
import vn.wardqms.service.provisioning.SiteLayout;

/**
 * What proves that a document was approved, read from the workflow engine rather than from the document (whose
 * properties an owner or an administrator can write): the process named by qms:approvalProcessId is a completed
 * qmsDocumentApproval that ended at its approval, its package holds this document, its last approval task was
 * finished by qms:approver on qms:approvedOn, and that person is in the approvers group. The service may read the
 * process because the platform's task rules make it a participant of every QMS task.
 */
public class ApprovalEvidence {
    public static final String PROCESS = "qmsDocumentApproval";
    /** The approval process's end event for an approved document (the other one is its cancellation). */
    static final String APPROVED_END = "approved";
    static final String APPROVE_TASK = "approveTask";
    private static final Pattern PROCESS_ID = Pattern.compile("activiti\\$([A-Za-z0-9_-]{1,64})");
    private static final int PAGE = 100;

    private final WorkflowApi workflow;
    private final GroupMembers groups;
    private final ZoneId zone;

    public ApprovalEvidence(WorkflowApi workflow, GroupMembers groups, ZoneId zone) {
        this.workflow = workflow;
        this.groups = groups;
        this.zone = zone;
    }

    /** What is missing to prove the document's approval, or empty when it is proven. */
    public Optional<String> missingProof(Node document) {
        DocumentProperties doc = new DocumentProperties(document);
        String recorded = doc.text("qms:approvalProcessId").orElse(null);
        if (recorded == null) {
            return Optional.of("qms:approvalProcessId is empty: no approval process is recorded on it");
        }
        Matcher m = PROCESS_ID.matcher(recorded);
        if (!m.matches()) {
            return Optional.of("qms:approvalProcessId '" + recorded + "' is not the id of a workflow process (activiti$<id>)");
        }
        String processId = m.group(1);
        try {
            return missingProof(document, doc, processId);
        } catch (FeignException.NotFound e) {
            return Optional.of("approval process " + processId + " does not exist");
        } catch (FeignException.Forbidden e) {
            return Optional.of("the service account may not read approval process " + processId + " (the repository shows a process"
                    + " only to its starter, to those involved in its tasks and to administrators)");
        }
    }

    private Optional<String> missingProof(Node document, DocumentProperties doc, String processId) {
        WorkflowApi.Process process = workflow.getProcess(processId).entry();
        if (process.processDefinitionId() == null || !process.processDefinitionId().startsWith(PROCESS + ":")) {
            return Optional.of("process " + processId + " is a " + process.processDefinitionId() + ", not a " + PROCESS);
        }
        if (process.endedAt() == null) {
            return Optional.of("approval process " + processId + " has not completed");
        }
        if (process.deleteReason() != null || !APPROVED_END.equals(process.endActivityDefinitionId())) {
            return Optional.of("approval process " + processId + " ended at '" + process.endActivityDefinitionId() + "'"
                    + (process.deleteReason() == null ? "" : " (" + process.deleteReason() + ")") + ", not with the document approved");
        }
        if (!inPackage(processId, document.getId())) {
            return Optional.of("the package of approval process " + processId + " does not hold this document");
        }
        Decision approval = approvalOf(processId).orElse(null);
        if (approval == null) {
            return Optional.of("approval process " + processId + " has no finished approval task");
        }
        String approver = doc.text("qms:approver").orElse(null);
        if (!approval.user().equals(approver)) {
            return Optional.of("approval process " + processId + " was approved by '" + approval.user() + "', but qms:approver is '"
                    + approver + "'");
        }
        LocalDate approvedOn = doc.day("qms:approvedOn", zone).orElse(null);
        if (!approval.day().equals(approvedOn)) {
            return Optional.of("approval process " + processId + " was approved on " + approval.day() + ", but qms:approvedOn is " + approvedOn);
        }
        if (!groups.isMember(SiteLayout.APPROVERS, approval.user())) {
            return Optional.of("approver '" + approval.user() + "' is not a member of " + SiteLayout.APPROVERS + ": not authorised to approve");
        }
        return Optional.empty();
    }

    private boolean inPackage(String processId, String nodeId) {
        for (int skip = 0; ; skip += PAGE) {
            WorkflowApi.ItemList page = workflow.listProcessItems(processId, skip, PAGE).list();
            if (page.entries() != null && page.entries().stream().anyMatch(e -> nodeId.equals(e.entry().id()))) {
                return true;
            }
            if (page.pagination() == null || !Boolean.TRUE.equals(page.pagination().hasMoreItems())) {
                return false;
            }
        }
    }

    private record Decision(String user, LocalDate day) {
    }

    /**
     * The approval: the last finished approval task (approveTask) of the process, who had it and the day it ended. The
     * process ended at its approval, so that task's decision was to approve; the engine's task history, unlike the
     * process's variables, is not something a participant can rewrite through the API.
     */
    private Optional<Decision> approvalOf(String processId) {
        WorkflowApi.Task last = null;
        String where = "(processId='" + processId + "' AND status='completed')";
        for (int skip = 0; ; skip += PAGE) {
            WorkflowApi.TaskList page = workflow.listTasks(where, skip, PAGE).list();
            for (WorkflowApi.TaskEntry e : page.entries() == null ? java.util.List.<WorkflowApi.TaskEntry>of() : page.entries()) {
                WorkflowApi.Task task = e.entry();
                if (APPROVE_TASK.equals(task.activityDefinitionId()) && task.endedAt() != null && task.assignee() != null
                        && (last == null || Instant.parse(task.endedAt()).isAfter(Instant.parse(last.endedAt())))) {
                    last = task;
                }
            }
            if (page.pagination() == null || !Boolean.TRUE.equals(page.pagination().hasMoreItems())) {
                break;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Decision(last.assignee(), Instant.parse(last.endedAt()).atZone(zone).toLocalDate()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
