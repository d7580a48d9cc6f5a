package vn.wardqms.service.acs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the platform module's guards (behaviour/qms-integrity.js, context/integrity-context.xml) answer a REST call that
 * changes what only the QMS processes and the QMS service change, as the repository answers it (a behaviour's error is
 * a 500 whose message is the script's). The lists are the script's, checked against it by RepositoryGuardsTest.
 * An administrator's guarded change is written by the repository to the records audit register, which this stand-in
 * does not model: such a request fails the test loudly rather than being answered kindly.
 */
final class RepositoryGuards {
    static final String SERVICE_ACCOUNT = "ward-qms-service";

    static final List<String> DOCUMENT = List.of("lifecycleState", "documentCode", "issueNumber", "revision", "issueDate", "effectiveDate",
            "issueVersionLabel", "drafter", "drafterName", "drafterJobTitle", "draftedOn", "reviewers", "reviewerNames", "reviewerJobTitles",
            "reviewedOn", "approver", "approverName", "approverJobTitle", "approvedOn", "approvalProcessId", "changeSummary", "changeLocation",
            "withdrawnOn", "withdrawnBy", "withdrawalReason", "lastReviewedOn", "nextReviewDue",
            "acknowledgementsRequestedOn", "acknowledgedBy", "acknowledgedOn");
    static final List<String> EXTERNAL_OWN = List.of("documentCode", "issueDate", "effectiveDate");
    static final List<String> RETENTION = List.of("retentionYears", "retentionPermanent", "retentionStart", "retainUntil", "dispositionAction",
            "retentionTrigger", "dispositionStatus");
    static final List<String> DECISION_CONTENT = List.of("decisionNumber", "decisionDate", "decisionSignerName", "decisionSignerTitle",
            "decisionAuthority", "councilMembers", "decisionFileCodes", "decisionAction");
    static final Map<String, String> DEFAULTS = Map.of("lifecycleState", "DRAFT", "decisionState", "RECORDED", "dispositionStatus", "ACTIVE",
            "retentionPermanent", "false");
    static final Map<String, String> LINKS = Map.of("qms:amends", "the amendment link (qms:amends)",
            "qms:supersededBy", "the superseding link (qms:supersededBy)",
            "qms:decisionCovers", "the files a decision covers (qms:decisionCovers)",
            "qms:decisionDossier", "the destruction dossier of a decision being or having been carried out (qms:decisionDossier)");

    private RepositoryGuards() {
    }

    /** A caller the guards let through: the QMS service's account. */
    static boolean trusted(String user) {
        return SERVICE_ACCOUNT.equalsIgnoreCase(String.valueOf(user));
    }

    /**
     * The guard's refusal of setting {@code after} (qms local names to values; a new node when {@code before} is empty)
     * on a node of {@code type} with {@code aspects}, or null. {@code fileClosed}: the node is in (or is) a closed file.
     */
    static String refusal(String user, String name, String type, Set<String> aspects, Map<String, Object> before, Map<String, Object> after,
            boolean fileClosed) {
        if (trusted(user)) {
            return null;
        }
        List<String> guarded = new ArrayList<>();
        String what = null;
        if (type.equals("qms:controlledDocument") || type.equals("qms:externalDocument") || aspects.contains("qms:controlled")) {
            guarded.addAll(DOCUMENT);
            if (type.equals("qms:externalDocument")) {
                guarded.removeAll(EXTERNAL_OWN);
            }
            what = "the lifecycle, issue or approval record";
        } else if (type.equals("qms:record") || type.equals("qms:recordFolder") || aspects.contains("qms:retention")) {
            guarded.addAll(RETENTION);
            if (fileClosed) {
                guarded.add("recordTypeCode");
            }
            what = "the retention or disposition";
        } else if (type.equals("qms:dispositionDecision")) {
            Object state = before.get("decisionState");
            guarded.add("decisionState");
            if (state != null && !"RECORDED".equals(String.valueOf(state))) {
                guarded.addAll(DECISION_CONTENT);
            }
            what = "the disposition decision";
        }
        List<String> changed = new ArrayList<>();
        for (String property : guarded) {
            Object was = before.get(property), now = after.containsKey(property) ? after.get(property) : was;
            if (Objects.equals(text(was), text(now))) {
                continue;
            }
            if (was == null && String.valueOf(now).equals(DEFAULTS.get(property))) {
                continue;
            }
            changed.add("qms:" + property);
        }
        if (changed.isEmpty()) {
            return null;
        }
        java.util.Collections.sort(changed);
        requireNotAdministrator(user);
        return "You may not change " + what + " (" + String.join(", ", changed) + ") of '" + name
                + "': only the QMS processes and the QMS service do (" + user + ")";
    }

    /**
     * The guard's refusal of making or removing a link qms:amends, qms:supersededBy, qms:decisionCovers or — once its
     * decision is no longer RECORDED ({@code sourceState}) — qms:decisionDossier, or null.
     */
    static String linkRefusal(String user, String association, String sourceName, Object sourceState) {
        if (!LINKS.containsKey(association) || trusted(user)) {
            return null;
        }
        if (association.equals("qms:decisionDossier") && (sourceState == null || "RECORDED".equals(String.valueOf(sourceState)))) {
            return null;
        }
        requireNotAdministrator(user);
        return "You may not change " + LINKS.get(association) + " of '" + sourceName + "': only the QMS processes and the QMS service do (" + user + ")";
    }

    /**
     * The guard's refusal of changing or deleting ({@code change}: "deleting it", or the properties changed) a destruction
     * dossier document that decisions no longer RECORDED ({@code fixing}, by name) hold, or null.
     */
    static String dossierRefusal(String user, String name, List<String> fixing, String change) {
        if (fixing.isEmpty() || trusted(user) || change == null) {
            return null;
        }
        requireNotAdministrator(user);
        return "You may not change a document of the destruction dossier of " + String.join(", ", fixing) + " (" + change + ") of '" + name
                + "': only the QMS processes and the QMS service do (" + user + ")";
    }

    private static void requireNotAdministrator(String user) {
        if ("admin".equals(user)) {
            throw new AssertionError("the stand-in does not model an administrator's guarded change (the repository writes ADMIN_CHANGE "
                    + "to the records audit register): test that on the platform's stand-in");
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
