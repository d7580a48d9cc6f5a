package vn.wardqms.service.lifecycle;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyMove;


/**
 * An issue in force belongs where staff read it and cannot change it: EFFECTIVE documents are moved from wherever
 * they were drafted into the area of their kind (Tài liệu nội bộ/&lt;kind&gt;, or Tài liệu bên ngoài), whose
 * permissions make them read-only to staff, over Share and the network drive alike.
 */
public class PlacementHandler extends StateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'EFFECTIVE'";

    private final SiteAreas areas;

    public PlacementHandler(NodesApi nodes, SiteAreas areas) {
        super(nodes, "placement", LifecycleState.EFFECTIVE, QUERY);
        this.areas = areas;
    }

    @Override
    protected boolean needsAction(Node current, DocumentProperties doc) {
        return !areas.inForce(doc.text("qms:documentKind").orElse("PROCEDURE")).equals(current.getParentId());
    }

    @Override
    protected void act(Node current) {
        String kind = new DocumentProperties(current).text("qms:documentKind").orElse("PROCEDURE");
        nodes().moveNode(current.getId(), new NodeBodyMove().targetParentId(areas.inForce(kind)), null, null);
    }
}
