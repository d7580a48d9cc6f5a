package vn.wardqms.service.acs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a user may do something to a node of the stand-in, as the repository's permission service decides it: an
 * administrator may do anything, the owner (cm:owner, else the creator: ROLE_OWNER) too; anyone else needs a role set
 * on the node, or on a folder above it while the permissions are inherited, for themselves, a group they are in
 * (nested groups too) or GROUP_EVERYONE.
 */
final class Permissions {
    private static final Set<String> READ = Set.of("Read");
    private static final Map<String, Set<String>> ROLES = Map.of(
            "Consumer", READ, "SiteConsumer", READ,
            "Contributor", Set.of("Read", "AddChildren"), "SiteContributor", Set.of("Read", "AddChildren"),
            "Editor", Set.of("Read", "Write"),
            "Collaborator", Set.of("Read", "Write", "AddChildren"), "SiteCollaborator", Set.of("Read", "Write", "AddChildren"),
            "Coordinator", Set.of("Read", "Write", "AddChildren", "Delete", "ChangePermissions"),
            "SiteManager", Set.of("Read", "Write", "AddChildren", "Delete", "ChangePermissions"));

    private Permissions() {
    }

    static boolean allows(FakeAcs.Repository repository, FakeAcs.FakeNode node, String user, String permission) {
        if (user == null) {
            return false;
        }
        Object owner = node.properties.get("cm:owner");
        if ("admin".equals(user) || user.equals(owner != null ? owner.toString() : node.createdBy)) {
            return true;
        }
        Set<String> authorities = authoritiesOf(repository, user);
        for (FakeAcs.FakeNode n = node; n != null; n = repository.nodes.get(n.parentId)) {
            for (Map.Entry<String, String> entry : n.locallySet.entrySet()) {
                if (authorities.contains(entry.getKey()) && ROLES.getOrDefault(entry.getValue(), Set.of()).contains(permission)) {
                    return true;
                }
            }
            if (!n.inherit) {
                return false;
            }
        }
        return false;
    }

    private static Set<String> authoritiesOf(FakeAcs.Repository repository, String user) {
        Set<String> authorities = new HashSet<>(Set.of(user, "GROUP_EVERYONE"));
        Deque<String> found = new ArrayDeque<>(Set.of(user));
        while (!found.isEmpty()) {
            String member = found.removeFirst();
            repository.groupMembers.forEach((group, members) -> {
                if (members.contains(member) && authorities.add(group)) {
                    found.add(group);
                }
            });
        }
        return authorities;
    }
}
