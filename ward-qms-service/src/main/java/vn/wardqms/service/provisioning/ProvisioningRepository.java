package vn.wardqms.service.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What provisioning reads from and writes to the repository. Reads never change anything. */
public interface ProvisioningRepository {

    record SiteInfo(String id, String visibility) {
    }

    record GroupInfo(String id, String displayName) {
    }

    /** A child node: whether it is a folder, and its permissions as set on it. */
    record NodeInfo(String id, String nodeType, boolean folder, boolean inheritPermissions, Map<String, String> permissions) {
    }

    record RuleInfo(String id, String name, List<SiteLayout.Action> actions) {
    }

    Optional<SiteInfo> site(String siteId);

    void createSite(SiteLayout.Site site);

    String documentLibrary(String siteId);

    Optional<GroupInfo> group(String groupId);

    void createGroup(SiteLayout.Group group);

    Set<String> groupMembers(String groupId);

    void addGroupMember(String groupId, String memberGroupId);

    /** Group id to site role. */
    Map<String, String> siteGroups(String siteId);

    void addSiteGroup(String siteId, String groupId, String role);

    Optional<NodeInfo> child(String parentId, String name);

    /** Creates the folder with its permissions in one request. */
    String createFolder(String parentId, SiteLayout.Folder folder);

    void setPermissions(String nodeId, boolean inherit, Map<String, String> permissions);

    List<RuleInfo> rules(String folderId);

    void createRule(String folderId, SiteLayout.Rule rule);
}
