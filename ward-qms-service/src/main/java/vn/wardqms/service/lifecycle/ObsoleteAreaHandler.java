package vn.wardqms.service.lifecycle;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyMove;


/**
 * Obsolete documents are kept apart (clause 7.5.3.2): every OBSOLETE document — superseded, or withdrawn by the
 * withdrawal process without a successor — is moved into the restricted obsolete area, where only the quality
 * secretary and approvers see it.
 */
public class ObsoleteAreaHandler extends StateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'OBSOLETE'";

    private final SiteAreas areas;

    public ObsoleteAreaHandler(NodesApi nodes, SiteAreas areas) {
        super(nodes, "obsolete-area", LifecycleState.OBSOLETE, QUERY);
        this.areas = areas;
    }

    @Override
    protected boolean needsAction(Node current, DocumentProperties doc) {
        return !areas.obsolete().equals(current.getParentId());
    }

    @Override
    protected void act(Node current) {
        nodes().moveNode(current.getId(), new NodeBodyMove().targetParentId(areas.obsolete()), null, null);
    }
}
