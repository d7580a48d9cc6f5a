package vn.wardqms.platform.workflow;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Deployment settings of the Ward QMS processes, read from the repository's global properties
 * ({@code ward-qms.workflow.*}; defaults in alfresco/module/ward-qms-platform/alfresco-global.properties).
 * A missing or malformed value stops the module with a message naming the property, rather than a silent default.
 */
public final class WorkflowSettings {
    public static final String PREFIX = "ward-qms.workflow.";
    public static final String REVIEWER_MAY_APPROVE = PREFIX + "reviewer-may-approve";
    public static final String DUE_DAYS = PREFIX + "due-days.";
    public static final String TIME_ZONE = PREFIX + "time-zone";
    public static final String REVIEWERS_GROUP_REQUIRED = PREFIX + "reviewers-group-required";

    private final boolean reviewerMayApprove;
    private final Map<QmsTask, Integer> dueWorkingDays;
    private final ZoneId timeZone;
    private final boolean reviewersGroupRequired;

    private WorkflowSettings(boolean reviewerMayApprove, Map<QmsTask, Integer> dueWorkingDays, ZoneId timeZone, boolean reviewersGroupRequired) {
        this.reviewerMayApprove = reviewerMayApprove;
        this.dueWorkingDays = dueWorkingDays;
        this.timeZone = timeZone;
        this.reviewersGroupRequired = reviewersGroupRequired;
    }

    /** Reads and validates every setting; throws {@link IllegalArgumentException} naming the first bad property. */
    public static WorkflowSettings from(Properties properties) {
        boolean reviewerMayApprove = parseBoolean(properties, REVIEWER_MAY_APPROVE);
        boolean reviewersGroupRequired = parseBoolean(properties, REVIEWERS_GROUP_REQUIRED);
        Map<QmsTask, Integer> days = new EnumMap<>(QmsTask.class);
        for (QmsTask task : QmsTask.values()) {
            days.put(task, parseDays(properties, DUE_DAYS + task.dueDaysSetting()));
        }
        String zone = required(properties, TIME_ZONE);
        try {
            return new WorkflowSettings(reviewerMayApprove, days, ZoneId.of(zone), reviewersGroupRequired);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(TIME_ZONE + " must be a time zone such as Asia/Ho_Chi_Minh, not '" + zone + "'");
        }
    }

    /** The office's time zone: working days and end of day are counted in it. */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** Whether a reviewer of a document may also be its approver. */
    public boolean reviewerMayApprove() {
        return reviewerMayApprove;
    }

    /** Whether every reviewer of a document must be a member of the reviewers group (the approver always is of the approvers group). */
    public boolean reviewersGroupRequired() {
        return reviewersGroupRequired;
    }

    /** Working days (Monday to Friday) a task of this kind is given. */
    public int dueWorkingDays(QmsTask task) {
        return dueWorkingDays.get(task);
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is not set (expected in alfresco-global.properties)");
        }
        return value.trim();
    }

    private static boolean parseBoolean(Properties properties, String key) {
        String value = required(properties, key);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static int parseDays(Properties properties, String key) {
        String value = required(properties, key);
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= 365) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a whole number of working days from 1 to 365, not '" + value + "'");
    }
}
