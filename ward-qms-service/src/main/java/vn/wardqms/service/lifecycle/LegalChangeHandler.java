package vn.wardqms.service.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeAssociationEntry;

import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * A change in the law reaches the QMS within three months (Decision 19/2014/QĐ-TTg): when an external document gets
 * a new version or is withdrawn, every document in force based on it (qms:basedOn) and issued before that change
 * gets a review, due three months later — the periodic-review process, for the document's drafter. Once per change:
 * the process's business key names the document, the external document and its version (or "OBSOLETE").
 */
public class LegalChangeHandler extends CurrentStateHandler {
    public static final String QUERY = "TYPE:'qms:externalDocument'";
    static final int MONTHS_TO_REFLECT_LAW = 3;

    private final WorkflowApi workflow;
    private final Clock clock;

    public LegalChangeHandler(NodesApi nodes, WorkflowApi workflow, Clock clock) {
        super(nodes);
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "legal-change";
    }

    @Override
    public boolean wants(RepoEvent event) {
        return event.node() != null && "qms:externalDocument".equals(event.node().nodeType());
    }

    @Override
    public String reconciliationQuery() {
        return QUERY;
    }

    @Override
    protected boolean needsAction(Node external) {
        return !dependentsToReview(external).isEmpty();
    }

    @Override
    protected void act(Node external) {
        DocumentProperties law = new DocumentProperties(external);
        LocalDate due = LocalDate.now(clock).plusMonths(MONTHS_TO_REFLECT_LAW);
        for (Node dependent : dependentsToReview(external)) {
            DocumentProperties doc = new DocumentProperties(dependent);
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("qmswf_reviewOwner", doc.text("qms:drafter").orElseThrow());
            variables.put("bpm_workflowDueDate", due.toString());
            variables.put("bpm_workflowDescription", "Văn bản căn cứ " + law.text("qms:legalNumber").orElse(external.getName())
                    + " đã thay đổi: xem xét " + doc.text("qms:documentCode").orElse("") + " — its legal basis changed");
            workflow.startProcess(new WorkflowApi.StartProcess(ReviewScheduler.PROCESS, businessKey(dependent, external), variables,
                    List.of(dependent.getId())));
        }
    }

    /** Documents in force based on the external one, issued before its change, not yet asked to review this change. */
    private List<Node> dependentsToReview(Node external) {
        String change = change(external);
        if (change == null) {
            return List.of();
        }
        LocalDate changed = external.getModifiedAt() == null ? LocalDate.now(clock)
                : external.getModifiedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        List<Node> due = new ArrayList<>();
        for (NodeAssociationEntry e : nodes().listSourceAssociations(external.getId(), "(assocType='qms:basedOn')",
                List.of("properties"), null, null, null).getBody().getList().getEntries()) {
            Node dependent = e.getEntry();
            DocumentProperties doc = new DocumentProperties(dependent);
            boolean inForce = doc.state().filter(s -> s == LifecycleState.EFFECTIVE).isPresent();
            boolean issuedBefore = doc.day("qms:issueDate", clock.getZone()).filter(d -> !d.isAfter(changed)).isPresent();
            if (inForce && issuedBefore && doc.text("qms:drafter").isPresent() && workflow.listProcesses(
                    "(status='any' AND businessKey='" + businessKey(dependent, external) + "')", 0, 1).list().entries().isEmpty()) {
                due.add(dependent);
            }
        }
        return due;
    }

    /** What changed: the version of a revised law, OBSOLETE for a withdrawn one, or null for a law never changed. */
    private static String change(Node external) {
        DocumentProperties law = new DocumentProperties(external);
        if (law.state().filter(s -> s == LifecycleState.OBSOLETE).isPresent()) {
            return LifecycleState.OBSOLETE.name();
        }
        return law.text("cm:versionLabel").filter(v -> !v.equals("1.0")).orElse(null);
    }

    private static String businessKey(Node dependent, Node external) {
        return "legal:" + dependent.getId() + ":" + external.getId() + ":" + change(external);
    }
}
