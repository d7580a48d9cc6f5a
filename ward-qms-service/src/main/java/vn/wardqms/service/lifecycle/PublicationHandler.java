package vn.wardqms.service.lifecycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeAssociationEntry;
import org.alfresco.core.model.NodeBodyUpdate;


/**
 * Publication: a document the approval process has set APPROVED gets its issue — a code if it has none (from the
 * kind's pattern, gap-free), the next issue number (lần ban hành), the issue date (the approval date) and the
 * effective date (approval date + lead time for training). A code the document already carries (typed, or from its
 * cover page) is claimed in the same register, unless the document amends the issue that has it; a code another
 * document holds stops the publication, naming it. All of it in one update of the node, so a failure
 * leaves nothing half-published; the document stays APPROVED until {@link EffectiveDateHandler} makes it
 * EFFECTIVE on that date. Published = has an issue date; a retry finds the code it had claimed.
 * <p>
 * What was approved is what is issued: in the same update the service account takes ownership of the issue
 * (cm:owner), since the repository gives an owner full control whatever the permissions (ROLE_OWNER) and the drafter
 * could otherwise save over the approved text until it comes into force; the drafter keeps reading it (Consumer, next
 * to the reviewers, approver and quality secretary the draft was already private to).
 * <p>
 * The service issues only what it can prove, whatever the document's properties say (an administrator can write
 * them): its approval ({@link ApprovalEvidence}: a completed approval process holding it, approved by a member of the
 * approvers group); for an amendment, that it amends one issue in force and carries that issue's code; and the code
 * and issue number claimed together in the register ({@link CodeAllocator#claimIssue}), so two amendments of one issue
 * are never both issued as its next issue. Otherwise nothing is published and the reason is logged.
 */
public class PublicationHandler extends StateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'APPROVED' AND ISUNSET:'qms:issueDate'";

    private final CodeAllocator codes;
    private final LifecycleProperties settings;
    private final Supplier<String> claimsFolder;
    private final ZoneId zone;
    private final String serviceAccount;
    private final ApprovalEvidence approvals;

    public PublicationHandler(NodesApi nodes, CodeAllocator codes, LifecycleProperties settings, Supplier<String> claimsFolder, ZoneId zone,
                              String serviceAccount, ApprovalEvidence approvals) {
        super(nodes, "publication", LifecycleState.APPROVED, QUERY);
        this.approvals = approvals;
        this.codes = codes;
        this.settings = settings;
        this.claimsFolder = claimsFolder;
        this.zone = zone;
        this.serviceAccount = serviceAccount;
    }

    @Override
    protected boolean needsAction(Node current, DocumentProperties doc) {
        return doc.text("qms:issueDate").isEmpty();
    }

    @Override
    protected void act(Node current) {
        DocumentProperties doc = new DocumentProperties(current);
        String kind = doc.text("qms:documentKind")
                .orElseThrow(() -> new IllegalStateException("document " + doc.document() + " has no qms:documentKind: it cannot be given a code"));
        LocalDate approved = doc.day("qms:approvedOn", zone)
                .orElseThrow(() -> new IllegalStateException("document " + doc.document() + " is APPROVED without qms:approvedOn: not from the approval process"));
        approvals.missingProof(current).ifPresent(missing -> {
            throw new IllegalStateException("document " + doc.document() + " is not issued: its approval is not proven: " + missing);
        });
        String code = doc.text("qms:documentCode").orElse(null);
        Node amended = amendedIssue(current, doc, code);
        String codeHolder = current.getId();
        if (amended != null) {
            codeHolder = amended.getId();
        } else if (code == null) {
            code = codes.allocate(claimsFolder.get(), pattern(current, doc, kind), current.getId());
        } else {
            // A code given by hand or from the cover page: claimed like an allocated one, or refused if another has it.
            codes.claim(claimsFolder.get(), code, current.getId());
        }
        int issue = doc.integer("qms:issueNumber").orElse(0) + 1;
        codes.claimIssue(claimsFolder.get(), code, issue, current.getId(), codeHolder);

        Map<String, Object> published = new LinkedHashMap<>();
        published.put("qms:documentCode", code);
        published.put("qms:issueNumber", String.valueOf(issue));
        published.put("qms:revision", "0");
        published.put("qms:issueDate", approved.toString());
        published.put("qms:effectiveDate", approved.plusDays(settings.leadDays()).toString());
        published.put("cm:owner", serviceAccount);
        NodeBodyUpdate update = new NodeBodyUpdate().properties(published);
        doc.text("qms:drafter").filter(drafter -> !drafter.equals(serviceAccount))
                .ifPresent(drafter -> update.permissions(NodePermissions.withGrant(current, drafter, "Consumer")));
        nodes().updateNode(current.getId(), update, null, null);
    }

    /**
     * The issue the document amends (qms:amends), or null if it is a new document. An amendment amends exactly one
     * issue, in force (EFFECTIVE), and carries its code and issue number: anything else is refused, so a draft pointed
     * at an unrelated document in force cannot make it obsolete.
     */
    private Node amendedIssue(Node current, DocumentProperties doc, String code) {
        List<NodeAssociationEntry> amends = nodes().listTargetAssociations(current.getId(), "(assocType='qms:amends')",
                List.of("properties"), null, null, null).getBody().getList().getEntries();
        if (amends.isEmpty()) {
            return null;
        }
        if (amends.size() > 1) {
            throw new IllegalStateException("document " + doc.document() + " is not issued: it amends " + amends.size() + " documents (qms:amends); an amendment amends one issue");
        }
        Node amended = amends.get(0).getEntry();
        DocumentProperties issue = new DocumentProperties(amended);
        String amendedCode = issue.text("qms:documentCode").orElse(null);
        if (issue.state().filter(s -> s == LifecycleState.EFFECTIVE).isEmpty()) {
            throw new IllegalStateException("document " + doc.document() + " is not issued: the document it amends (" + amended.getName() + ", "
                    + amended.getId() + ") is " + issue.text("qms:lifecycleState").orElse("without a state") + ", not in force (EFFECTIVE)");
        }
        if (amendedCode == null || !amendedCode.equals(code)) {
            throw new IllegalStateException("document " + doc.document() + " is not issued: an amendment carries the code of the issue it amends ("
                    + amendedCode + ", " + amended.getName() + "), but its qms:documentCode is " + code);
        }
        if (!issue.integer("qms:issueNumber").equals(doc.integer("qms:issueNumber"))) {
            throw new IllegalStateException("document " + doc.document() + " is not issued: it amends issue " + issue.integer("qms:issueNumber").orElse(0)
                    + " of " + amendedCode + ", but carries issue number " + doc.integer("qms:issueNumber").orElse(0));
        }
        return amended;
    }

    /** The kind's pattern; for a form, with the code of the procedure it belongs to (qms:formOf), which must have one. */
    private LifecycleProperties.CodePattern pattern(Node current, DocumentProperties doc, String kind) {
        if (!settings.needsProcedure(kind)) {
            return settings.pattern(kind);
        }
        List<NodeAssociationEntry> procedures = nodes().listTargetAssociations(current.getId(), "(assocType='qms:formOf')",
                List.of("properties"), null, null, null).getBody().getList().getEntries();
        if (procedures.isEmpty()) {
            throw new IllegalStateException("document " + doc.document() + " is a " + kind + " whose code is built from its procedure's code ("
                    + settings.codePatterns().get(kind) + "), but it has no qms:formOf: link it to its procedure");
        }
        Node procedure = procedures.get(0).getEntry();
        String procedureCode = new DocumentProperties(procedure).text("qms:documentCode")
                .orElseThrow(() -> new IllegalStateException("document " + doc.document() + " belongs to procedure " + procedure.getId() + " ("
                        + procedure.getName() + "), which has no code yet: it gets one when it is issued"));
        return settings.pattern(kind, procedureCode);
    }
}
