package vn.wardqms.service.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * Periodic review: some days before a document in force is due for review (qms:nextReviewDue), the sweep starts the
 * periodic-review process (qmsPeriodicReview) for its owner — the drafter of the issue in force — unless one is
 * already running for it (the process's business key is the document's id), or an amendment of it is already under
 * way (drafted, in review or approved, not yet in force): the amendment is that review's outcome. Reviews past due are reported in the log
 * and counted (ward_qms.reviews.overdue).
 */
public class ReviewScheduler extends CurrentStateHandler {
    public static final String PROCESS = "qmsPeriodicReview";
    private static final Logger LOG = LoggerFactory.getLogger(ReviewScheduler.class);
    /** An amendment in one of these states is under way. */
    private static final java.util.Set<LifecycleState> PRE_ISSUE = java.util.EnumSet.of(LifecycleState.DRAFT, LifecycleState.IN_REVIEW,
            LifecycleState.AWAITING_APPROVAL, LifecycleState.APPROVED);

    private final WorkflowApi workflow;
    private final LifecycleProperties settings;
    private final Clock clock;
    private final MeterRegistry metrics;

    public ReviewScheduler(NodesApi nodes, WorkflowApi workflow, LifecycleProperties settings, Clock clock, MeterRegistry metrics) {
        super(nodes);
        this.workflow = workflow;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "periodic-review";
    }

    /** Only the sweep: nothing in the repository happens on a due date. */
    @Override
    public boolean wants(RepoEvent event) {
        return false;
    }

    @Override
    public String reconciliationQuery() {
        return "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'EFFECTIVE' AND qms:nextReviewDue:[MIN TO NOW/DAY+"
                + settings.reviewNoticeDays() + "DAYS]";
    }

    @Override
    protected boolean needsAction(Node current) {
        DocumentProperties doc = new DocumentProperties(current);
        if (doc.state().filter(s -> s == LifecycleState.EFFECTIVE).isEmpty()) {
            return false;
        }
        LocalDate due = doc.day("qms:nextReviewDue", clock.getZone()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        if (due == null || today.isBefore(due.minusDays(settings.reviewNoticeDays()))) {
            return false;
        }
        if (today.isAfter(due)) {
            metrics.counter("ward_qms.reviews.overdue").increment();
            LOG.warn("periodic review overdue: {} {} was due on {}", doc.text("qms:documentCode").orElse("?"), doc.document(), due);
        }
        if (doc.text("qms:drafter").isEmpty()) {
            LOG.warn("periodic review of {} cannot start: the document has no drafter (qms:drafter) to review it", doc.document());
            return false;
        }
        String amendment = pendingAmendment(current);
        if (amendment != null) {
            LOG.info("periodic review of {} not started: its amendment {} is under way; the review is the amendment's", doc.document(), amendment);
            return false;
        }
        return workflow.listProcesses("(processDefinitionKey='" + PROCESS + "' AND status='active' AND businessKey='" + current.getId() + "')",
                0, 1).list().entries().isEmpty();
    }

    /** An amendment of the issue (qms:amends to it) not yet in force, as "name (id, state)"; null if there is none. */
    private String pendingAmendment(Node current) {
        for (org.alfresco.core.model.NodeAssociationEntry e : nodes().listSourceAssociations(current.getId(), "(assocType='qms:amends')",
                List.of("properties"), null, null, null).getBody().getList().getEntries()) {
            DocumentProperties amendment = new DocumentProperties(e.getEntry());
            if (amendment.state().filter(PRE_ISSUE::contains).isPresent()) {
                return amendment.document() + " (" + amendment.text("qms:lifecycleState").orElse("") + ")";
            }
        }
        return null;
    }

    @Override
    protected void act(Node current) {
        DocumentProperties doc = new DocumentProperties(current);
        LocalDate due = doc.day("qms:nextReviewDue", clock.getZone()).orElseThrow();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("qmswf_reviewOwner", doc.text("qms:drafter").orElseThrow());
        variables.put("bpm_workflowDueDate", due.toString());
        variables.put("bpm_workflowDescription", "Xem xét định kỳ " + doc.text("qms:documentCode").orElse("")
                + " — periodic review, due " + due);
        workflow.startProcess(new WorkflowApi.StartProcess(PROCESS, current.getId(), variables, List.of(current.getId())));
    }
}
