package vn.wardqms.platform.workflow.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Authorities and permissions as the repository's AuthorityService and PermissionService evaluate them, for the part
 * the QMS scripts touch (contract from alfresco/model/permissionDefinitions.xml and PermissionServiceImpl):
 * <ul>
 * <li>a user's authorities are the user, GROUP_EVERYONE and every group containing them, directly or through nested
 * groups; the administrator ("admin", ROLE_ADMINISTRATOR) and the system user may do anything;</li>
 * <li>the owner of a node (cm:owner, else cm:creator: OwnableServiceImpl.getOwner) has FullControl through
 * ROLE_OWNER, a global permission that no ACL can take away;</li>
 * <li>a node's access control list is its own entries plus, while it inherits, its parent's; the roles grant
 * Consumer = Read, Contributor = Read + AddChildren, Editor = Read + Write, Collaborator = Editor + Contributor,
 * Coordinator = everything.</li>
 * </ul>
 */
final class StandInSecurity {
    static final String EVERYONE = "GROUP_EVERYONE";
    static final String SYSTEM = "System";
    static final String ADMIN = "admin";

    static final Map<String, Set<String>> ROLES = Map.of(
            "Consumer", Set.of("Read"),
            "Contributor", Set.of("Read", "AddChildren"),
            "Editor", Set.of("Read", "Write"),
            "Collaborator", Set.of("Read", "Write", "AddChildren"),
            "Coordinator", Set.of("Read", "Write", "AddChildren", "Delete", "ChangePermissions", "SetOwner"));

    /** A permission set directly on a node: authority and role, always ALLOWED (the scripts set no DENY). */
    record Entry(String authority, String role) {
    }

    private final Map<String, Set<String>> groupMembers = new LinkedHashMap<>();

    void addGroup(String group, String... members) {
        if (!group.startsWith("GROUP_")) {
            throw new IllegalArgumentException("a group's authority name starts with GROUP_: " + group);
        }
        Set<String> set = groupMembers.computeIfAbsent(group, g -> new LinkedHashSet<>());
        for (String member : members) {
            if (member.startsWith("GROUP_")) {
                groupMembers.computeIfAbsent(member, g -> new LinkedHashSet<>());
            }
            set.add(member);
        }
    }

    boolean groupExists(String group) {
        return groupMembers.containsKey(group);
    }

    /** AuthorityService.getContainedAuthorities(USER, group, immediate=false): every user below, nested groups expanded. */
    List<String> usersIn(String group) {
        Set<String> users = new LinkedHashSet<>();
        collectUsers(group, users, new LinkedHashSet<>());
        return new ArrayList<>(users);
    }

    private void collectUsers(String group, Set<String> users, Set<String> visited) {
        if (!visited.add(group)) {
            return;
        }
        for (String member : groupMembers.getOrDefault(group, Set.of())) {
            if (member.startsWith("GROUP_")) {
                collectUsers(member, users, visited);
            } else {
                users.add(member);
            }
        }
    }

    /** The user, GROUP_EVERYONE and every group that contains the user, directly or not. */
    Set<String> authoritiesOf(String user) {
        Set<String> authorities = new LinkedHashSet<>(List.of(user, EVERYONE));
        boolean added = true;
        while (added) {
            added = false;
            for (Map.Entry<String, Set<String>> g : groupMembers.entrySet()) {
                if (!authorities.contains(g.getKey()) && g.getValue().stream().anyMatch(authorities::contains)) {
                    authorities.add(g.getKey());
                    added = true;
                }
            }
        }
        return authorities;
    }

    /** PermissionService.hasPermission for {@code user} (null: nobody authenticated, as in a fixture, the system). */
    boolean hasPermission(StandInNode node, String user, String permission) {
        if (user == null || SYSTEM.equals(user) || ADMIN.equals(user) || user.equals(node.owner())) {
            return true;
        }
        Set<String> authorities = authoritiesOf(user);
        for (Entry e : effectiveEntries(node)) {
            if (authorities.contains(e.authority()) && ROLES.get(e.role()).contains(permission)) {
                return true;
            }
        }
        return false;
    }

    /** PermissionService.getAllSetPermissions: the node's own entries, then (while it inherits) its ancestors'. */
    static List<Entry> effectiveEntries(StandInNode node) {
        List<Entry> entries = new ArrayList<>();
        for (StandInNode n = node; n != null; n = n.getParent()) {
            entries.addAll(n.directEntries());
            if (!n.inheritsPermissions()) {
                break;
            }
        }
        return entries;
    }
}
