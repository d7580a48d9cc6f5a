package vn.wardqms.platform.workflow;

import static vn.wardqms.platform.workflow.ProcessVariables.APPROVER;
import static vn.wardqms.platform.workflow.ProcessVariables.APPROVER_USER;
import static vn.wardqms.platform.workflow.ProcessVariables.CHANGE_SUMMARY;
import static vn.wardqms.platform.workflow.ProcessVariables.DRAFTER_USER;
import static vn.wardqms.platform.workflow.ProcessVariables.INITIATOR;
import static vn.wardqms.platform.workflow.ProcessVariables.OWNER_USER;
import static vn.wardqms.platform.workflow.ProcessVariables.PROPOSER_USER;
import static vn.wardqms.platform.workflow.ProcessVariables.RECIPIENT_USERS;
import static vn.wardqms.platform.workflow.ProcessVariables.REVIEWERS;
import static vn.wardqms.platform.workflow.ProcessVariables.REVIEWERS_GROUP_REQUIRED;
import static vn.wardqms.platform.workflow.ProcessVariables.REVIEWER_USERS;
import static vn.wardqms.platform.workflow.ProcessVariables.REVIEW_OWNER;
import static vn.wardqms.platform.workflow.ProcessVariables.REVIEW_REJECTED;
import static vn.wardqms.platform.workflow.ProcessVariables.ROUND;
import static vn.wardqms.platform.workflow.ProcessVariables.WITHDRAWAL_REASON;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.ExecutionListener;

/**
 * Runs when a QMS process starts (BPMN: {@code <activiti:executionListener event="start"
 * delegateExpression="${qmsProcessStart}"/>}): resolves the participants to user names, enforces segregation of
 * duties before any task exists, and opens the decision log. A violation throws, so the process is not started.
 */
public class ProcessStartListener implements ExecutionListener {
    private static final long serialVersionUID = 1L;

    public static final String APPROVAL_PROCESS = "qmsDocumentApproval";
    public static final String WITHDRAWAL_PROCESS = "qmsWithdrawal";
    public static final String PERIODIC_REVIEW_PROCESS = "qmsPeriodicReview";
    public static final String READ_ACKNOWLEDGEMENT_PROCESS = "qmsReadAcknowledgement";

    private final WorkflowSettings settings;
    private final Clock clock;

    public ProcessStartListener(WorkflowSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public ProcessStartListener(WorkflowSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String initiator = People.userName(execution.getVariable(INITIATOR));
        if (initiator == null) {
            throw new QmsWorkflowException("qms.workflow.error.noInitiator");
        }
        String process = processKey(execution.getProcessDefinitionId());
        switch (process) {
            case APPROVAL_PROCESS -> startApproval(execution, initiator);
            case WITHDRAWAL_PROCESS -> startWithdrawal(execution, initiator);
            case PERIODIC_REVIEW_PROCESS -> startPeriodicReview(execution, initiator);
            case READ_ACKNOWLEDGEMENT_PROCESS -> startReadAcknowledgement(execution, initiator);
            default -> throw new IllegalStateException("qmsProcessStart is not meant for process " + process);
        }
    }

    private void startApproval(DelegateExecution execution, String drafter) {
        List<String> reviewers = People.userNames(execution.getVariable(REVIEWERS));
        String approver = People.userName(execution.getVariable(APPROVER));
        SegregationOfDuties.checkApprovalParticipants(drafter, reviewers, approver, settings.reviewerMayApprove());
        execution.setVariable(DRAFTER_USER, drafter);
        execution.setVariable(REVIEWER_USERS, new ArrayList<>(reviewers));
        execution.setVariable(APPROVER_USER, approver);
        // The start script checks the groups (it alone reads the repository's); the setting is the deployment's, not the client's.
        execution.setVariable(REVIEWERS_GROUP_REQUIRED, settings.reviewersGroupRequired());
        execution.setVariable(ROUND, 1);
        execution.setVariable(REVIEW_REJECTED, false);
        DecisionLog.appendTo(execution, new DecisionLog.Entry(1, "submit", drafter, "Submit", text(execution, CHANGE_SUMMARY), clock.instant()));
    }

    /**
     * The proposer is the initiator, except when the periodic review calls the withdrawal: then the initiator is whoever
     * started the review (the document's changes run as them) and the proposer is the review's owner. The owner is
     * only taken from a calling process (getSuperExecutionId), never from the variables of a withdrawal started on its
     * own, so nobody can start a withdrawal in another person's name.
     */
    private void startWithdrawal(DelegateExecution execution, String initiator) {
        String owner = execution.getSuperExecutionId() == null ? null : People.userName(execution.getVariable(REVIEW_OWNER));
        String proposer = owner != null ? owner : initiator;
        String reason = text(execution, WITHDRAWAL_REASON);
        if (reason == null) {
            throw new QmsWorkflowException("qms.workflow.error.noWithdrawalReason");
        }
        String approver = People.userName(execution.getVariable(APPROVER));
        SegregationOfDuties.checkWithdrawalDecider(proposer, approver);
        execution.setVariable(PROPOSER_USER, proposer);
        execution.setVariable(APPROVER_USER, approver);
        DecisionLog.appendTo(execution, new DecisionLog.Entry(1, "propose", proposer, "Propose", reason, clock.instant()));
    }

    private void startPeriodicReview(DelegateExecution execution, String startedBy) {
        String owner = People.userName(execution.getVariable(REVIEW_OWNER));
        if (owner == null) {
            throw new QmsWorkflowException("qms.workflow.error.noReviewOwner");
        }
        execution.setVariable(OWNER_USER, owner);
        DecisionLog.appendTo(execution, new DecisionLog.Entry(1, "start", startedBy, "Start", null, clock.instant()));
    }

    /**
     * The recipients are filled by the start script (qmsDocument.requestAcknowledgements), which alone can read group
     * membership. The list is made here so that the variable is a Java list of user names: a script array stored as a
     * process variable would be a serialized script object.
     */
    private void startReadAcknowledgement(DelegateExecution execution, String requestedBy) {
        execution.setVariable(RECIPIENT_USERS, new ArrayList<String>());
        DecisionLog.appendTo(execution, new DecisionLog.Entry(1, "request", requestedBy, "Request", null, clock.instant()));
    }

    static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /** "qmsDocumentApproval:3:1204" -> "qmsDocumentApproval". */
    static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }
}
