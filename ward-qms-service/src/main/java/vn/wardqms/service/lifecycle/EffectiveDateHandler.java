package vn.wardqms.service.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyUpdate;


/**
 * A published issue comes into force on its effective date: APPROVED becomes EFFECTIVE (checked against the state
 * machine) and the next periodic review falls due one review period later (the document's own, else its kind's).
 * Found by the sweep, since nothing in the repository happens on that date.
 */
public class EffectiveDateHandler extends StateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'APPROVED' AND ISSET:'qms:issueDate'"
            + " AND qms:effectiveDate:[MIN TO NOW/DAY]";
    private final Clock clock;
    private final ToIntFunction<String> reviewMonthsOfKind;

    /** @param reviewMonthsOfKind the review period of a document kind, for a document that has none of its own */
    public EffectiveDateHandler(NodesApi nodes, Clock clock, ToIntFunction<String> reviewMonthsOfKind) {
        super(nodes, "effective-date", LifecycleState.APPROVED, QUERY);
        this.clock = clock;
        this.reviewMonthsOfKind = reviewMonthsOfKind;
    }

    @Override
    protected boolean needsAction(Node current, DocumentProperties doc) {
        LocalDate today = LocalDate.now(clock);
        return doc.text("qms:issueDate").isPresent()
                && doc.day("qms:effectiveDate", clock.getZone()).filter(d -> !d.isAfter(today)).isPresent();
    }

    @Override
    protected void act(Node current) {
        DocumentProperties doc = new DocumentProperties(current);
        LifecycleState.APPROVED.checkMoveTo(LifecycleState.EFFECTIVE, doc.document());
        LocalDate effective = doc.day("qms:effectiveDate", clock.getZone()).orElseThrow();
        Map<String, Object> inForce = new LinkedHashMap<>();
        // The kind's period is written on the document, so the review process (in the repository) counts the same.
        int months = doc.integer("qms:reviewPeriodMonths").orElseGet(() -> reviewMonthsOfKind.applyAsInt(doc.text("qms:documentKind").orElse("")));
        inForce.put("qms:reviewPeriodMonths", String.valueOf(months));
        inForce.put("qms:lifecycleState", LifecycleState.EFFECTIVE.name());
        inForce.put("qms:nextReviewDue", effective.plusMonths(months).toString());
        nodes().updateNode(current.getId(), new NodeBodyUpdate().properties(inForce), null, null);
    }
}
