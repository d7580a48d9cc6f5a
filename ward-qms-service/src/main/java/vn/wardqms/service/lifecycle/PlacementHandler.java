package vn.wardqms.service.lifecycle;

import java.util.List;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyMove;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.model.PermissionsBody;


/**
 * An issue in force belongs where staff read it and cannot change it: EFFECTIVE documents are moved from wherever
 * they were drafted into the area of their kind (Tài liệu nội bộ/&lt;kind&gt;, or Tài liệu bên ngoài), whose
 * permissions make them read-only to staff, over Share and the network drive alike. While it was a draft the document
 * was private (its drafter, reviewers, approver and the quality secretary: inheritance broken by the repository when
 * it was created); in force it takes the area's permissions, and so does its PDF copy.
 */
public class PlacementHandler extends StateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'EFFECTIVE'";

    private final SiteAreas areas;
    private final IssuedCopies copies;

    public PlacementHandler(NodesApi nodes, SiteAreas areas, IssuedCopies copies) {
        super(nodes, "placement", LifecycleState.EFFECTIVE, QUERY);
        this.areas = areas;
        this.copies = copies;
    }

    @Override
    protected boolean needsAction(Node current, DocumentProperties doc) {
        return !areas.inForce(kind(doc)).equals(current.getParentId()) || !inheritsFromArea(current);
    }

    @Override
    protected void act(Node current) {
        String area = areas.inForce(kind(new DocumentProperties(current)));
        Node document = current;
        if (!area.equals(current.getParentId())) {
            document = nodes().moveNode(current.getId(), new NodeBodyMove().targetParentId(area), null, null).getBody().getEntry();
        }
        if (!inheritsFromArea(current)) {
            document = nodes().updateNode(current.getId(), new NodeBodyUpdate().permissions(new PermissionsBody().isInheritanceEnabled(true)
                    .locallySet(List.of())), List.of("permissions"), null).getBody().getEntry();
        }
        Node placed = document;
        copies.find(current.getId()).ifPresent(copy -> copies.follow(placed, copy));
    }

    static boolean inheritsFromArea(Node node) {
        return node.getPermissions() == null || (!Boolean.FALSE.equals(node.getPermissions().isIsInheritanceEnabled())
                && (node.getPermissions().getLocallySet() == null || node.getPermissions().getLocallySet().isEmpty()));
    }

    private static String kind(DocumentProperties doc) {
        return doc.text("qms:documentKind").orElse("PROCEDURE");
    }
}
