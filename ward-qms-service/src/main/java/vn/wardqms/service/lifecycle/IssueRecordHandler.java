package vn.wardqms.service.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.VersionsApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.model.Version;
import org.alfresco.core.model.VersionEntry;

import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * The permanent record of a published issue, made once it has its code and issue number:
 * <ol>
 * <li>its version history shows one major version for the issue, whose comment is the approval record and whose
 * frozen properties hold the cover table: the draft's minor versions (every save while drafting) are removed after
 * the major version is made, never the major versions of earlier issues;</li>
 * <li>its PDF copy with the approval manifest ({@link IssuedCopies});</li>
 * <li>then, last, qms:issueVersionLabel, which marks the whole record as made.</li>
 * </ol>
 * Each issue is its own node (an amendment is a new node that supersedes the old one), so that an obsolete issue can
 * be withdrawn into the restricted area with its own permissions: old versions inside a document in force would stay
 * readable by everyone who can read the document.
 */
public class IssueRecordHandler extends CurrentStateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND (=qms:lifecycleState:'APPROVED' OR =qms:lifecycleState:'EFFECTIVE')"
            + " AND ISSET:'qms:issueDate' AND ISUNSET:'qms:issueVersionLabel'";
    private static final Set<String> STATES = Set.of("APPROVED", "EFFECTIVE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final VersionsApi versions;
    private final IssuedCopies copies;
    private final ZoneId zone;

    public IssueRecordHandler(NodesApi nodes, VersionsApi versions, IssuedCopies copies, ZoneId zone) {
        super(nodes);
        this.versions = versions;
        this.copies = copies;
        this.zone = zone;
    }

    @Override
    public String name() {
        return "issue-record";
    }

    @Override
    public boolean wants(RepoEvent event) {
        return event.node() != null && STATES.contains(String.valueOf(event.node().properties().get("qms:lifecycleState")))
                && event.node().properties().get("qms:issueDate") != null;
    }

    @Override
    public String reconciliationQuery() {
        return QUERY;
    }

    @Override
    protected boolean needsAction(Node current) {
        DocumentProperties doc = new DocumentProperties(current);
        return doc.state().filter(s -> STATES.contains(s.name())).isPresent()
                && doc.text("qms:issueDate").isPresent() && doc.text("qms:issueVersionLabel").isEmpty();
    }

    @Override
    protected void act(Node current) {
        String label = issueVersion(current);
        if (copies.ensure(current).isEmpty()) {
            return; // the PDF is still being rendered: the marker waits for it
        }
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("qms:issueVersionLabel", label);
        nodes().updateNode(current.getId(), new NodeBodyUpdate().properties(done), null, null);
    }

    /** The issue's major version (made if the history does not end with it) with the draft's minor versions removed. */
    private String issueVersion(Node current) {
        DocumentProperties doc = new DocumentProperties(current);
        String comment = approvalRecord(doc);
        String marker = comment.substring(0, comment.indexOf(" — "));
        List<Version> history = history(current.getId());
        if (history.isEmpty() || !isMajor(history.get(0)) || !String.valueOf(history.get(0).getVersionComment()).startsWith(marker)) {
            byte[] content = content(current.getId(), doc);
            nodes().updateNodeContent(current.getId(), content, true, comment, null, null, null);
            history = history(current.getId());
        }
        Version issue = history.get(0);
        // Newest first: the minor versions saved while drafting this issue, down to the previous issue's major version.
        for (Version v : history.subList(1, history.size())) {
            if (isMajor(v)) {
                break;
            }
            versions.deleteVersion(current.getId(), v.getId());
        }
        return issue.getId();
    }

    /** "Lần ban hành 02 — phê duyệt: ..., xem xét: ..., soạn thảo: ... / Issue 02 — approved by ..." */
    String approvalRecord(DocumentProperties doc) {
        String issue = doc.integer("qms:issueNumber").map(n -> String.format("%02d", n))
                .orElseThrow(() -> new IllegalStateException(doc.document() + " has no issue number: it is not published yet"));
        String approver = doc.text("qms:approverName").orElse(doc.text("qms:approver").orElse("?"));
        String approverTitle = doc.text("qms:approverJobTitle").map(t -> " (" + t + ")").orElse("");
        String approvedOn = doc.text("qms:approvedOn").map(v -> doc.day("qms:approvedOn", zone).map(DAY::format).orElse(v)).orElse("?");
        List<String> reviewers = doc.list("qms:reviewerNames");
        String drafter = doc.text("qms:drafterName").orElse(doc.text("qms:drafter").orElse("?"));
        return "Lần ban hành " + issue + " — phê duyệt: " + approver + approverTitle + " ngày " + approvedOn
                + "; xem xét: " + (reviewers.isEmpty() ? "?" : String.join(", ", reviewers)) + "; soạn thảo: " + drafter
                + " / Issue " + issue + ", approved by " + approver + " on " + approvedOn;
    }

    private List<Version> history(String nodeId) {
        return versions.listVersionHistory(nodeId, null, null, 0, 1000).getBody().getList().getEntries().stream()
                .map(VersionEntry::getEntry).toList();
    }

    private static boolean isMajor(Version v) {
        return v.getId() != null && v.getId().endsWith(".0");
    }

    private byte[] content(String nodeId, DocumentProperties doc) {
        try (InputStream in = Optional.ofNullable(nodes().getNodeContent(nodeId, true, null, null).getBody())
                .orElseThrow(() -> new IllegalStateException(doc.document() + " has no content to issue")).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content of " + doc.document(), e);
        }
    }
}
