package vn.wardqms.service.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.AssociationBody;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeAssociationEntry;
import org.alfresco.core.model.NodeBodyUpdate;


/**
 * When an amendment comes into force, the issue it amends (its qms:amends target) is superseded: EFFECTIVE →
 * SUPERSEDED → OBSOLETE, checked against the state machine and written in one update with the obsolete record
 * (when, by whom, why), then linked to its successor by qms:supersededBy. {@link ObsoleteAreaHandler} moves it apart.
 */
public class SupersessionHandler extends StateHandler {
    /** Amendments are issues 2 and later; Search Services does not index peer associations, so qms:amends is read per node. */
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'EFFECTIVE' AND qms:issueNumber:[2 TO MAX]";

    private final Clock clock;
    private final String serviceAccount;

    public SupersessionHandler(NodesApi nodes, Clock clock, String serviceAccount) {
        super(nodes, "supersession", LifecycleState.EFFECTIVE, QUERY);
        this.clock = clock;
        this.serviceAccount = serviceAccount;
    }

    @Override
    protected boolean needsAction(Node current, DocumentProperties doc) {
        return !stillInForce(amended(current.getId())).isEmpty();
    }

    @Override
    protected void act(Node successor) {
        DocumentProperties next = new DocumentProperties(successor);
        for (Node previous : stillInForce(amended(successor.getId()))) {
            DocumentProperties old = new DocumentProperties(previous);
            LifecycleState.EFFECTIVE.checkMoveTo(LifecycleState.SUPERSEDED, old.document());
            LifecycleState.SUPERSEDED.checkMoveTo(LifecycleState.OBSOLETE, old.document());
            String code = next.text("qms:documentCode").orElse("?");
            String issue = next.text("qms:issueNumber").orElse("?");
            Map<String, Object> obsolete = new LinkedHashMap<>();
            obsolete.put("qms:lifecycleState", LifecycleState.OBSOLETE.name());
            obsolete.put("qms:withdrawnOn", LocalDate.now(clock).toString());
            obsolete.put("qms:withdrawnBy", serviceAccount);
            obsolete.put("qms:withdrawalReason", "Được thay thế bởi " + code + " lần ban hành " + issue
                    + " — superseded by " + code + " issue " + issue);
            List<String> aspects = new ArrayList<>(previous.getAspectNames() == null ? List.of() : previous.getAspectNames());
            if (!aspects.contains("qms:obsolete")) {
                aspects.add("qms:obsolete");
            }
            nodes().updateNode(previous.getId(), new NodeBodyUpdate().aspectNames(aspects).properties(obsolete), null, null);
            nodes().createAssociation(previous.getId(), new AssociationBody().targetId(successor.getId()).assocType("qms:supersededBy"), null);
        }
    }

    private List<Node> amended(String nodeId) {
        List<Node> targets = new ArrayList<>();
        for (NodeAssociationEntry e : nodes().listTargetAssociations(nodeId, "(assocType='qms:amends')", List.of("properties", "aspectNames"),
                null, null, null).getBody().getList().getEntries()) {
            targets.add(e.getEntry());
        }
        return targets;
    }

    private static List<Node> stillInForce(List<Node> nodes) {
        return nodes.stream().filter(n -> new DocumentProperties(n).state().filter(s -> s == LifecycleState.EFFECTIVE).isPresent()).toList();
    }
}
