package vn.wardqms.service.lifecycle;

import java.util.ArrayList;
import java.util.List;

import org.alfresco.core.model.Node;
import org.alfresco.core.model.PermissionElement;
import org.alfresco.core.model.PermissionsBody;
import org.alfresco.core.model.PermissionsInfo;

/** A node's own permissions (inheritance and locally set grants) as the body of an update, as they are or with one grant more. */
final class NodePermissions {
    private NodePermissions() {
    }

    /** The node's permissions as they are: for a node that must have the same (an issue's PDF copy). */
    static PermissionsBody of(Node node) {
        return with(node, null, null);
    }

    /** The node's permissions with {@code authority} given {@code role}, in place of any grant it had. */
    static PermissionsBody withGrant(Node node, String authority, String role) {
        return with(node, authority, role);
    }

    private static PermissionsBody with(Node node, String authority, String role) {
        PermissionsInfo now = node.getPermissions();
        List<PermissionElement> locallySet = new ArrayList<>();
        if (now != null && now.getLocallySet() != null) {
            now.getLocallySet().stream().filter(e -> authority == null || !authority.equals(e.getAuthorityId()))
                    .forEach(e -> locallySet.add(new PermissionElement().authorityId(e.getAuthorityId()).name(e.getName())
                            .accessStatus(e.getAccessStatus())));
        }
        if (authority != null) {
            locallySet.add(new PermissionElement().authorityId(authority).name(role).accessStatus(PermissionElement.AccessStatusEnum.ALLOWED));
        }
        return new PermissionsBody().isInheritanceEnabled(now == null || !Boolean.FALSE.equals(now.isIsInheritanceEnabled()))
                .locallySet(locallySet);
    }
}
