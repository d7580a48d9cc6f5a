package vn.wardqms.platform.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user tasks of the Ward QMS processes, keyed by their BPMN task definition id: what outcome each one asks for,
 * which outcomes need a comment, and which due-date setting applies.
 */
public enum QmsTask {
    /** Xem xét: one task per reviewer, in parallel. */
    REVIEW("reviewTask", "qmswf_reviewOutcome", List.of("Approve", "Reject"), Set.of("Reject"), "review"),
    /** Phê duyệt. */
    APPROVE("approveTask", "qmswf_approvalOutcome", List.of("Approve", "Reject"), Set.of("Reject"), "approval"),
    /** Back with the drafter after a rejection: revise and resubmit, or cancel. */
    REVISE("reviseTask", "qmswf_reviseOutcome", List.of("Resubmit", "Cancel"), Set.of(), "revision"),
    /** The approver decides on a proposal to withdraw (thu hồi) a document. */
    DECIDE_WITHDRAWAL("decideWithdrawalTask", "qmswf_withdrawalOutcome", List.of("Approve", "Reject"), Set.of("Reject"),
            "withdrawal-decision"),
    /** The proposer reads why the withdrawal was refused. */
    WITHDRAWAL_REJECTED("withdrawalRejectedTask", null, List.of(), Set.of(), "acknowledgement"),
    /** The owner decides whether the document is still valid. */
    PERIODIC_REVIEW("periodicReviewTask", "qmswf_periodicReviewOutcome", List.of("StillValid", "NeedsAmendment", "Withdraw"),
            Set.of("NeedsAmendment", "Withdraw"), "periodic-review"),
    /** Each member of the distribution groups confirms they have read and understood the issue in force. */
    ACKNOWLEDGE("acknowledgeTask", "qmswf_acknowledgeOutcome", List.of("Acknowledged"), Set.of(), "read-acknowledgement");

    private final String taskKey;
    private final String outcomeVariable;
    private final List<String> outcomes;
    private final Set<String> outcomesNeedingComment;
    private final String dueDaysSetting;

    QmsTask(String taskKey, String outcomeVariable, List<String> outcomes, Set<String> outcomesNeedingComment,
            String dueDaysSetting) {
        this.taskKey = taskKey;
        this.outcomeVariable = outcomeVariable;
        this.outcomes = outcomes;
        this.outcomesNeedingComment = outcomesNeedingComment;
        this.dueDaysSetting = dueDaysSetting;
    }

    public static Optional<QmsTask> byTaskKey(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(t -> t.taskKey.equals(taskDefinitionKey)).findFirst();
    }

    public String taskKey() {
        return taskKey;
    }

    /** Activiti variable of the task's outcome property (task model property with ':' as '_'), or null. */
    public String outcomeVariable() {
        return outcomeVariable;
    }

    public List<String> outcomes() {
        return outcomes;
    }

    public boolean needsComment(String outcome) {
        return outcomesNeedingComment.contains(outcome);
    }

    /** Suffix of the {@code ward-qms.workflow.due-days.*} setting that gives this task's due date. */
    public String dueDaysSetting() {
        return dueDaysSetting;
    }
}
