package vn.wardqms.platform.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Segregation of duties for the QMS processes: nobody reviews or approves what they drafted, nobody decides on a
 * withdrawal they proposed, and (unless the deployment allows it) a reviewer does not also approve. Checked when a
 * process starts and again whenever a task is created, reassigned or completed, so that reassigning a task cannot get
 * round it.
 */
public final class SegregationOfDuties {
    private SegregationOfDuties() {
    }

    /** The people of a document approval, checked before the first review task exists. */
    public static void checkApprovalParticipants(String drafter, List<String> reviewers, String approver,
                                                 boolean reviewerMayApprove) {
        if (reviewers.isEmpty()) {
            throw new QmsWorkflowException("qms.workflow.error.noReviewers");
        }
        if (approver == null) {
            throw new QmsWorkflowException("qms.workflow.error.noApprover");
        }
        Set<String> seen = new HashSet<>();
        for (String reviewer : reviewers) {
            if (!seen.add(reviewer)) {
                throw new QmsWorkflowException("qms.workflow.error.duplicateReviewer", reviewer);
            }
            checkReviewer(drafter, reviewer);
        }
        checkApprover(drafter, reviewers, approver, reviewerMayApprove);
    }

    public static void checkReviewer(String drafter, String reviewer) {
        if (reviewer.equals(drafter)) {
            throw new QmsWorkflowException("qms.workflow.error.drafterReviews", reviewer);
        }
    }

    public static void checkApprover(String drafter, List<String> reviewers, String approver, boolean reviewerMayApprove) {
        if (approver.equals(drafter)) {
            throw new QmsWorkflowException("qms.workflow.error.drafterApproves", approver);
        }
        if (!reviewerMayApprove && reviewers.contains(approver)) {
            throw new QmsWorkflowException("qms.workflow.error.reviewerApproves", approver, WorkflowSettings.REVIEWER_MAY_APPROVE);
        }
    }

    /** The approver of a withdrawal is not the person who proposed it. */
    public static void checkWithdrawalDecider(String proposer, String approver) {
        if (approver == null) {
            throw new QmsWorkflowException("qms.workflow.error.noApprover");
        }
        if (approver.equals(proposer)) {
            throw new QmsWorkflowException("qms.workflow.error.proposerDecides", approver);
        }
    }
}
