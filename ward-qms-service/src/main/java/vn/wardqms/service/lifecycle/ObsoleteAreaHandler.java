package vn.wardqms.service.lifecycle;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyMove;

import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * Obsolete documents are kept apart (clause 7.5.3.2): every OBSOLETE document — superseded, or withdrawn by the
 * withdrawal process without a successor — is moved into the restricted obsolete area, where only the quality
 * secretary and approvers see it.
 */
public class ObsoleteAreaHandler extends CurrentStateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'OBSOLETE'";

    private final SiteAreas areas;

    public ObsoleteAreaHandler(NodesApi nodes, SiteAreas areas) {
        super(nodes);
        this.areas = areas;
    }

    @Override
    public String name() {
        return "obsolete-area";
    }

    @Override
    public boolean wants(RepoEvent event) {
        return event.node() != null && "OBSOLETE".equals(String.valueOf(event.node().properties().get("qms:lifecycleState")));
    }

    @Override
    public String reconciliationQuery() {
        return QUERY;
    }

    @Override
    protected boolean needsAction(Node current) {
        return new DocumentProperties(current).state().filter(s -> s == LifecycleState.OBSOLETE).isPresent()
                && !areas.obsolete().equals(current.getParentId());
    }

    @Override
    protected void act(Node current) {
        nodes().moveNode(current.getId(), new NodeBodyMove().targetParentId(areas.obsolete()), null, null);
    }
}
