package vn.wardqms.service.lifecycle;

import java.util.List;
import java.util.Map;

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
 * <p>
 * The drafter created the document and so owns it, and the repository gives an owner full control whatever the
 * folder's permissions (ROLE_OWNER): left so, the drafter could still save over the issue in force from the network
 * drive. Publication already makes the service account the owner (cm:owner); placement makes sure of it for an issue
 * published before it did.
 */
public class PlacementHandler extends StateHandler {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'EFFECTIVE'";

    private final SiteAreas areas;
    private final IssuedCopies copies;
    private final String serviceAccount;

    public PlacementHandler(NodesApi nodes, SiteAreas areas, IssuedCopies copies, String serviceAccount) {
        super(nodes, "placement", LifecycleState.EFFECTIVE, QUERY);
        this.areas = areas;
        this.copies = copies;
        this.serviceAccount = serviceAccount;
    }

    @Override
    protected boolean needsAction(Node current, DocumentProperties doc) {
        return !areas.inForce(kind(doc)).equals(current.getParentId()) || !inheritsFromArea(current) || !ownedByService(doc);
    }

    @Override
    protected void act(Node current) {
        String area = areas.inForce(kind(new DocumentProperties(current)));
        Node document = current;
        if (!area.equals(current.getParentId())) {
            document = nodes().moveNode(current.getId(), new NodeBodyMove().targetParentId(area), null, null).getBody().getEntry();
        }
        boolean permissions = !inheritsFromArea(current);
        boolean ownership = !ownedByService(new DocumentProperties(current));
        if (permissions || ownership) {
            NodeBodyUpdate update = new NodeBodyUpdate();
            if (permissions) {
                update.permissions(new PermissionsBody().isInheritanceEnabled(true).locallySet(List.of()));
            }
            if (ownership) {
                update.properties(Map.of("cm:owner", serviceAccount));
            }
            document = nodes().updateNode(current.getId(), update, List.of("permissions"), null).getBody().getEntry();
        }
        Node placed = document;
        copies.find(current.getId()).ifPresent(copy -> copies.follow(placed, copy));
    }

    static boolean inheritsFromArea(Node node) {
        return node.getPermissions() == null || (!Boolean.FALSE.equals(node.getPermissions().isIsInheritanceEnabled())
                && (node.getPermissions().getLocallySet() == null || node.getPermissions().getLocallySet().isEmpty()));
    }

    private boolean ownedByService(DocumentProperties doc) {
        return doc.text("cm:owner").filter(serviceAccount::equals).isPresent();
    }

    private static String kind(DocumentProperties doc) {
        return doc.text("qms:documentKind").orElse("PROCEDURE");
    }
}
