package vn.wardqms.platform.workflow;

import org.activiti.engine.ActivitiException;

/**
 * A rule of the QMS processes was broken (segregation of duties, missing outcome or comment). Thrown inside the
 * engine's transaction, so the start or completion that broke it does not happen; the message says why, in English
 * and Vietnamese.
 */
public class QmsWorkflowException extends ActivitiException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public QmsWorkflowException(String messageKey, Object... args) {
        super(WorkflowMessages.bilingual(messageKey, args));
        this.messageKey = messageKey;
    }

    /** The bundle key of the message, for callers (and tests) that act on the kind of violation. */
    public String messageKey() {
        return messageKey;
    }
}
