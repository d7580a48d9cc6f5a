package vn.wardqms.platform.workflow;

/**
 * Names of the Activiti variables the QMS processes use. Those a person sets (start and task form properties) are
 * declared in the task model qmsWorkflowModel.xml and named as the repository names them: prefix_localName.
 * The others are kept by the processes themselves.
 */
public final class ProcessVariables {
    // Set by the repository when a process is started.
    public static final String INITIATOR = "initiator";
    public static final String PACKAGE = "bpm_package";
    public static final String COMMENT = "bpm_comment";

    // Start and task form properties (task model).
    public static final String REVIEWERS = "qmswf_reviewers";
    public static final String APPROVER = "qmswf_approver";
    public static final String REVIEW_OWNER = "qmswf_reviewOwner";
    public static final String CHANGE_SUMMARY = "qmswf_changeSummary";
    public static final String CHANGE_LOCATION = "qmswf_changeLocation";
    public static final String WITHDRAWAL_REASON = "qmswf_withdrawalReason";
    public static final String REVIEW_COMMENTS = "qmswf_reviewComments";

    // Kept by the processes: the participants as user names, the round and the state of the current round.
    public static final String DRAFTER_USER = "qmswf_drafterUserName";
    public static final String REVIEWER_USERS = "qmswf_reviewerUserNames";
    public static final String APPROVER_USER = "qmswf_approverUserName";
    public static final String PROPOSER_USER = "qmswf_proposerUserName";
    public static final String OWNER_USER = "qmswf_ownerUserName";
    public static final String ROUND = "qmswf_round";
    public static final String REVIEW_REJECTED = "qmswf_reviewRejected";
    /**
     * Approval: whether each reviewer must be in the reviewers group (the setting
     * ward-qms.workflow.reviewers-group-required), set by the start rules over anything a client sent.
     */
    public static final String REVIEWERS_GROUP_REQUIRED = "qmswf_reviewersGroupRequired";
    /** Read acknowledgement: who is asked (filled by the start script from the distribution groups). */
    public static final String RECIPIENT_USERS = "qmswf_recipientUserNames";
    /** Read acknowledgement: the person one acknowledge task is for (the multi-instance element variable). */
    public static final String RECIPIENT = "recipient";

    private ProcessVariables() {
    }
}
