package vn.wardqms.platform.workflow;

import static vn.wardqms.platform.workflow.ProcessVariables.APPROVER;
import static vn.wardqms.platform.workflow.ProcessVariables.APPROVER_USER;
import static vn.wardqms.platform.workflow.ProcessVariables.CHANGE_SUMMARY;
import static vn.wardqms.platform.workflow.ProcessVariables.COMMENT;
import static vn.wardqms.platform.workflow.ProcessVariables.DRAFTER_USER;
import static vn.wardqms.platform.workflow.ProcessVariables.OWNER_USER;
import static vn.wardqms.platform.workflow.ProcessVariables.PROPOSER_USER;
import static vn.wardqms.platform.workflow.ProcessVariables.RECIPIENT;
import static vn.wardqms.platform.workflow.ProcessVariables.REVIEWERS;
import static vn.wardqms.platform.workflow.ProcessVariables.REVIEWER_USERS;
import static vn.wardqms.platform.workflow.ProcessVariables.REVIEW_COMMENTS;
import static vn.wardqms.platform.workflow.ProcessVariables.REVIEW_REJECTED;
import static vn.wardqms.platform.workflow.ProcessVariables.ROUND;
import static vn.wardqms.platform.workflow.ProcessVariables.WITHDRAWAL_REASON;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

/**
 * The rules every QMS user task follows (BPMN: {@code <activiti:taskListener event="create|assignment|complete"
 * delegateExpression="${qmsTaskRules}"/>}):
 * <ul>
 * <li>create: due date from the deployment's working-day setting; segregation of duties on the assignee;</li>
 * <li>assignment: segregation of duties on the new assignee (a task cannot be handed to the drafter);</li>
 * <li>complete: segregation again, a valid outcome, a comment where the outcome needs one; then the decision is
 * recorded in the decision log and handed to the process for its gateways.</li>
 * </ul>
 * Any violation throws inside the engine's transaction, so the completion does not happen.
 */
public class TaskRulesListener implements TaskListener {
    private static final long serialVersionUID = 1L;

    private final WorkflowSettings settings;
    private final Clock clock;

    public TaskRulesListener(WorkflowSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public TaskRulesListener(WorkflowSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        QmsTask kind = QmsTask.byTaskKey(task.getTaskDefinitionKey()).orElseThrow(() -> new IllegalStateException(
                "qmsTaskRules is attached to task '" + task.getTaskDefinitionKey() + "', which is not a QMS task"));
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task, kind);
            case EVENTNAME_ASSIGNMENT -> checkAssignee(task, kind, task.getAssignee());
            case EVENTNAME_COMPLETE -> completed(task, kind);
            default -> {
                // delete: nothing to enforce
            }
        }
    }

    private void created(DelegateTask task, QmsTask kind) {
        Instant due = DueDates.due(clock.instant(), settings.dueWorkingDays(kind), settings.timeZone());
        task.setDueDate(Date.from(due));
        involveTheService(task);
        checkAssignee(task, kind, task.getAssignee());
        if (kind == QmsTask.REVISE) {
            task.setVariableLocal(REVIEW_COMMENTS, commentsOfLastRound(task.getExecution()));
        }
    }

    /**
     * The QMS service account takes part in every QMS task (a participant identity link), so that the repository's
     * workflow API lets it read the process (ProcessesImpl shows a process only to its starter, to administrators and
     * to those involved in its tasks): the service checks a document's approval there before it issues it.
     */
    private static void involveTheService(DelegateTask task) {
        String service = vn.wardqms.platform.integrity.ChangeAuthority.serviceAccount();
        if (service != null) {
            task.addUserIdentityLink(service, org.activiti.engine.task.IdentityLinkType.PARTICIPANT);
        }
    }

    private void completed(DelegateTask task, QmsTask kind) {
        String assignee = task.getAssignee();
        if (assignee == null && kind != QmsTask.WITHDRAWAL_REJECTED) {
            throw new QmsWorkflowException("qms.workflow.error.unassigned");
        }
        checkAssignee(task, kind, assignee);
        DelegateExecution execution = task.getExecution();
        String comment = trimmed(task.getVariableLocal(COMMENT));
        String outcome = null;
        if (kind.outcomeVariable() != null) {
            outcome = trimmed(task.getVariableLocal(kind.outcomeVariable()));
            if (outcome == null || !kind.outcomes().contains(outcome)) {
                throw new QmsWorkflowException("qms.workflow.error.outcome", outcome == null ? "-" : outcome,
                        String.join(", ", kind.outcomes()));
            }
            if (kind.needsComment(outcome) && comment == null) {
                throw new QmsWorkflowException("qms.workflow.error.commentRequired", outcome);
            }
            // Gateways read the outcome at process level (the task's own variables end with the task).
            execution.setVariable(kind.outcomeVariable(), outcome);
        }
        int round = round(execution);
        Instant now = clock.instant();
        switch (kind) {
            case REVIEW -> {
                if ("Reject".equals(outcome)) {
                    execution.setVariable(REVIEW_REJECTED, true);
                }
            }
            case REVISE -> {
                if ("Resubmit".equals(outcome)) {
                    DecisionLog.appendTo(execution, new DecisionLog.Entry(round, kind.taskKey(), assignee, outcome, comment, now));
                    round++;
                    execution.setVariable(ROUND, round);
                    execution.setVariable(REVIEW_REJECTED, false);
                    DecisionLog.appendTo(execution, new DecisionLog.Entry(round, "submit", assignee, "Submit", comment, now));
                    return;
                }
            }
            case PERIODIC_REVIEW -> handOverFollowUp(task, execution, outcome, comment);
            case ACKNOWLEDGE -> {
                // Recorded on the document itself (qms:acknowledgedBy/On) by the task's script: one log entry per
                // member of staff would only grow the process variable.
                return;
            }
            default -> {
                // the outcome and the log entry are all
            }
        }
        DecisionLog.appendTo(execution, new DecisionLog.Entry(round, kind.taskKey(), assignee, outcome, comment, now));
    }

    /**
     * "Needs amendment" starts a document approval and "withdraw" a withdrawal, both with the owner as initiator:
     * the participants the owner chose on the task and the comment (what to change, or why to withdraw) go to the
     * process level, where the call activity passes them on. Checked here so a bad choice is refused on this task.
     */
    private void handOverFollowUp(DelegateTask task, DelegateExecution execution, String outcome, String comment) {
        String owner = (String) execution.getVariable(OWNER_USER);
        if ("NeedsAmendment".equals(outcome)) {
            List<String> reviewers = People.userNames(task.getVariableLocal(REVIEWERS));
            String approver = People.userName(task.getVariableLocal(APPROVER));
            SegregationOfDuties.checkApprovalParticipants(owner, reviewers, approver, settings.reviewerMayApprove());
            execution.setVariable(REVIEWERS, task.getVariableLocal(REVIEWERS));
            execution.setVariable(APPROVER, task.getVariableLocal(APPROVER));
            execution.setVariable(CHANGE_SUMMARY, comment);
        } else if ("Withdraw".equals(outcome)) {
            String approver = People.userName(task.getVariableLocal(APPROVER));
            SegregationOfDuties.checkWithdrawalDecider(owner, approver);
            execution.setVariable(APPROVER, task.getVariableLocal(APPROVER));
            execution.setVariable(WITHDRAWAL_REASON, comment);
        }
    }

    private void checkAssignee(DelegateTask task, QmsTask kind, String assignee) {
        if (assignee == null) {
            return;
        }
        DelegateExecution execution = task.getExecution();
        switch (kind) {
            case REVIEW -> SegregationOfDuties.checkReviewer((String) execution.getVariable(DRAFTER_USER), assignee);
            case APPROVE -> SegregationOfDuties.checkApprover((String) execution.getVariable(DRAFTER_USER),
                    reviewers(execution), assignee, settings.reviewerMayApprove());
            case DECIDE_WITHDRAWAL -> SegregationOfDuties.checkWithdrawalDecider((String) execution.getVariable(PROPOSER_USER), assignee);
            case ACKNOWLEDGE -> {
                // Nobody can confirm having read a document on someone else's behalf.
                Object recipient = execution.getVariable(RECIPIENT);
                if (recipient != null && !recipient.equals(assignee)) {
                    throw new QmsWorkflowException("qms.workflow.error.acknowledgeForSelf", assignee, recipient);
                }
            }
            default -> {
                // the drafter's, proposer's and owner's own tasks
            }
        }
    }

    /** Every decision of the last review round (each reviewer's, and the approver's if it was a rejection). */
    private static String commentsOfLastRound(DelegateExecution execution) {
        int round = round(execution);
        StringBuilder text = new StringBuilder();
        for (DecisionLog.Entry e : DecisionLog.parse((String) execution.getVariable(DecisionLog.VARIABLE))) {
            boolean decision = e.task().equals(QmsTask.REVIEW.taskKey()) || e.task().equals(QmsTask.APPROVE.taskKey());
            if (e.round() == round && decision) {
                text.append(e.user()).append(" (").append(e.outcome()).append(")");
                if (e.comment() != null) {
                    text.append(": ").append(e.comment());
                }
                text.append('\n');
            }
        }
        return text.toString().trim();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reviewers(DelegateExecution execution) {
        Object reviewers = execution.getVariable(REVIEWER_USERS);
        return reviewers == null ? List.of() : (List<String>) reviewers;
    }

    private static int round(DelegateExecution execution) {
        Object round = execution.getVariable(ROUND);
        return round instanceof Number n ? n.intValue() : 1;
    }

    private static String trimmed(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
