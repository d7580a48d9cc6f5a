package vn.wardqms.service.lifecycle;

import java.util.List;
import java.util.Optional;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyMove;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.model.PermissionsBody;


/**
 * Obsolete documents are kept apart (clause 7.5.3.2): every OBSOLETE document — superseded, or withdrawn by the
 * withdrawal process without a successor — is moved into the restricted obsolete area, where only the quality
 * secretary and approvers see it, first of all, so that nobody keeps working from it. Its PDF copy follows it there,
 * stamped on every page with the configured text (ward-qms.lifecycle.obsolete-stamp); an issue that never had a copy
 * gets one, stamped. Moved and stamped is done; until then every event and sweep carries on from where it is.
 */
public class ObsoleteAreaHandler extends StateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'OBSOLETE'";

    private final SiteAreas areas;
    private final IssuedCopies copies;

    public ObsoleteAreaHandler(NodesApi nodes, SiteAreas areas, IssuedCopies copies) {
        super(nodes, "obsolete-area", LifecycleState.OBSOLETE, QUERY);
        this.areas = areas;
        this.copies = copies;
    }

    @Override
    protected boolean needsAction(Node current, DocumentProperties doc) {
        if (!areas.obsolete().equals(current.getParentId()) || !PlacementHandler.inheritsFromArea(current)) {
            return true;
        }
        Optional<Node> copy = copies.find(current.getId());
        return copy.isEmpty() || !IssuedCopies.isStamped(copy.get()) || !current.getParentId().equals(copy.get().getParentId());
    }

    @Override
    protected void act(Node current) {
        Node document = current;
        if (!areas.obsolete().equals(current.getParentId())) {
            document = nodes().moveNode(current.getId(), new NodeBodyMove().targetParentId(areas.obsolete()),
                    List.of("properties", "aspectNames", "permissions"), null).getBody().getEntry();
        }
        if (!PlacementHandler.inheritsFromArea(current)) {
            // A pending issue withdrawn before it came into force was private to its people: now only the area's.
            document = nodes().updateNode(document.getId(), new NodeBodyUpdate().permissions(new PermissionsBody().isInheritanceEnabled(true)
                    .locallySet(List.of())), List.of("properties", "aspectNames", "permissions"), null).getBody().getEntry();
        }
        if (copies.stampObsolete(document)) {
            Node moved = document;
            copies.find(document.getId()).ifPresent(copy -> copies.follow(moved, copy));
        }
    }
}
