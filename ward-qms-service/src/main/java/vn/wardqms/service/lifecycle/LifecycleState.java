package vn.wardqms.service.lifecycle;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The states of a controlled document (qms:lifecycleState, LIST constraint qms:lifecycleStates) and the one state
 * machine every transition is checked against, whoever makes it (processes, handlers, sweep).
 */
public enum LifecycleState {
    DRAFT, IN_REVIEW, AWAITING_APPROVAL, APPROVED, EFFECTIVE, SUPERSEDED, OBSOLETE;

    static {
        DRAFT.next = EnumSet.of(IN_REVIEW);
        IN_REVIEW.next = EnumSet.of(DRAFT, AWAITING_APPROVAL);
        AWAITING_APPROVAL.next = EnumSet.of(DRAFT, APPROVED);
        // An approved issue comes into force on its effective date, or is withdrawn before that.
        APPROVED.next = EnumSet.of(EFFECTIVE, OBSOLETE);
        // A newer issue of the same code takes over, or the document is withdrawn without a successor.
        EFFECTIVE.next = EnumSet.of(SUPERSEDED, OBSOLETE);
        SUPERSEDED.next = EnumSet.of(OBSOLETE);
        OBSOLETE.next = EnumSet.noneOf(LifecycleState.class);
    }

    private Set<LifecycleState> next;

    public static Optional<LifecycleState> of(Object value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equals(value.toString())).findFirst();
    }

    public boolean canMoveTo(LifecycleState target) {
        return next.contains(target);
    }

    /** Refuses an illegal transition before anything is written. */
    public void checkMoveTo(LifecycleState target, String document) {
        if (!canMoveTo(target)) {
            throw new IllegalTransitionException(document, this, target);
        }
    }

    /** A transition the state machine does not allow; nothing was changed. */
    public static final class IllegalTransitionException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        IllegalTransitionException(String document, LifecycleState from, LifecycleState to) {
            super("document " + document + " cannot go from " + from + " to " + to + " (allowed: " + from.next + "); nothing was changed");
        }
    }
}
