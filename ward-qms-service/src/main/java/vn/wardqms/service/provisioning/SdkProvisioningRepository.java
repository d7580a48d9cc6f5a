package vn.wardqms.service.provisioning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.alfresco.core.handler.GroupsApi;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.SitesApi;
import org.alfresco.core.model.GroupBodyCreate;
import org.alfresco.core.model.GroupMemberEntry;
import org.alfresco.core.model.GroupMemberPaging;
import org.alfresco.core.model.GroupMembershipBodyCreate;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.model.PermissionElement;
import org.alfresco.core.model.PermissionsBody;
import org.alfresco.core.model.SiteBodyCreate;
import org.alfresco.core.model.SiteGroupEntry;
import org.alfresco.core.model.SiteGroupPaging;
import org.alfresco.core.model.SiteMembershipBodyCreate;

import feign.FeignException;
import vn.wardqms.service.provisioning.rules.RuleModel;
import vn.wardqms.service.provisioning.rules.RulesApi;

/** Provisioning through the Alfresco Java SDK's REST clients (and our rules client). */
public class SdkProvisioningRepository implements ProvisioningRepository {
    private static final int PAGE = 100;
    /**
     * What an inbound rule acts on: documents (a folder dropped in is left alone: specialise-type would skip it,
     * set-property-value not) that are neither temporary nor hidden. The repository marks the files editors leave
     * beside a document as they are created, before the rule runs at commit: Office's owner file ~$x.docx and *.tmp
     * get sys:temporary (its temporaryFiles patterns), LibreOffice's .~lock.x# and macOS's ._x get sys:hidden (its
     * hidden-file filters). Without this they would become controlled documents, records or council decisions.
     */
    static final RuleModel.Conditions DOCUMENTS_ONLY = new RuleModel.Conditions(null,
            List.of(RuleModel.Conditions.none(List.of(new RuleModel.SimpleCondition("aspect", null, "sys:temporary"),
                    new RuleModel.SimpleCondition("aspect", null, "sys:hidden")))),
            List.of(new RuleModel.SimpleCondition("type", null, "cm:content")));

    private final SitesApi sites;
    private final GroupsApi groups;
    private final NodesApi nodes;
    private final RulesApi rules;

    public SdkProvisioningRepository(SitesApi sites, GroupsApi groups, NodesApi nodes, RulesApi rules) {
        this.sites = sites;
        this.groups = groups;
        this.nodes = nodes;
        this.rules = rules;
    }

    @Override
    public Optional<SiteInfo> site(String siteId) {
        return ifFound(() -> sites.getSite(siteId, null, null).getBody().getEntry())
                .map(s -> new SiteInfo(s.getId(), s.getVisibility() == null ? null : s.getVisibility().toString()));
    }

    @Override
    public void createSite(SiteLayout.Site site) {
        sites.createSite(new SiteBodyCreate().id(site.id()).title(site.title()).description(site.description())
                .visibility(SiteBodyCreate.VisibilityEnum.fromValue(site.visibility())), null, null, null);
    }

    @Override
    public String documentLibrary(String siteId) {
        return sites.getSiteContainer(siteId, "documentLibrary", null).getBody().getEntry().getFolderId();
    }

    @Override
    public Optional<GroupInfo> group(String groupId) {
        return ifFound(() -> groups.getGroup(groupId, null, null).getBody().getEntry())
                .map(g -> new GroupInfo(g.getId(), g.getDisplayName()));
    }

    @Override
    public void createGroup(SiteLayout.Group group) {
        groups.createGroup(new GroupBodyCreate().id(group.id()).displayName(group.displayName()), null, null);
    }

    @Override
    public Set<String> groupMembers(String groupId) {
        Set<String> members = new HashSet<>();
        for (int skip = 0; ; skip += PAGE) {
            GroupMemberPaging page = groups.listGroupMemberships(groupId, skip, PAGE, null, null, null).getBody();
            page.getList().getEntries().stream().map(GroupMemberEntry::getEntry).forEach(m -> members.add(m.getId()));
            if (!Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems())) {
                return members;
            }
        }
    }

    @Override
    public void addGroupMember(String groupId, String memberGroupId) {
        groups.createGroupMembership(groupId, new GroupMembershipBodyCreate().id(memberGroupId)
                .memberType(GroupMembershipBodyCreate.MemberTypeEnum.GROUP), null);
    }

    @Override
    public Map<String, String> siteGroups(String siteId) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (int skip = 0; ; skip += PAGE) {
            SiteGroupPaging page = sites.listSiteGroups(siteId, skip, PAGE, null).getBody();
            page.getList().getEntries().stream().map(SiteGroupEntry::getEntry)
                    .forEach(g -> roles.put(g.getId(), g.getRole().toString()));
            if (!Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems())) {
                return roles;
            }
        }
    }

    @Override
    public void addSiteGroup(String siteId, String groupId, String role) {
        sites.createSiteGroupMembership(siteId, new SiteMembershipBodyCreate().id(groupId)
                .role(SiteMembershipBodyCreate.RoleEnum.fromValue(role)), null);
    }

    @Override
    public Optional<NodeInfo> child(String parentId, String name) {
        return ifFound(() -> nodes.getNode(parentId, List.of("permissions"), name, null).getBody().getEntry())
                .map(SdkProvisioningRepository::info);
    }

    @Override
    public String createFolder(String parentId, SiteLayout.Folder folder) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", folder.title());
        properties.put("cm:description", folder.description());
        NodeBodyCreate body = new NodeBodyCreate().name(folder.path().get(folder.path().size() - 1)).nodeType("cm:folder")
                .properties(properties);
        if (!folder.inheritPermissions() || !folder.permissions().isEmpty()) {
            body.permissions(permissions(folder.inheritPermissions(), folder.permissions()));
        }
        return nodes.createNode(parentId, body, false, null, null, null, null).getBody().getEntry().getId();
    }

    @Override
    public void setPermissions(String nodeId, boolean inherit, Map<String, String> permissions) {
        nodes.updateNode(nodeId, new NodeBodyUpdate().permissions(permissions(inherit, permissions)), null, null);
    }

    @Override
    public List<RuleInfo> rules(String folderId) {
        List<RuleInfo> result = new ArrayList<>();
        for (int skip = 0; ; skip += PAGE) {
            int from = skip;
            // A folder without a rule set answers 404 for "-default-" (NodeValidator.validateRuleSetNode).
            Optional<RuleModel.RulePaging> found = ifFound(() -> rules.listRules(folderId, RulesApi.DEFAULT_RULE_SET, from, PAGE));
            if (found.isEmpty()) {
                return result;
            }
            RuleModel.RulePaging page = found.get();
            for (RuleModel.RuleEntry entry : page.list().entries()) {
                RuleModel.Rule rule = entry.entry();
                List<SiteLayout.Action> actions = rule.actions() == null ? List.of()
                        : rule.actions().stream().map(a -> new SiteLayout.Action(a.actionDefinitionId(), a.params())).toList();
                result.add(new RuleInfo(rule.id(), rule.name(), actions));
            }
            if (!page.list().pagination().hasMoreItems()) {
                return result;
            }
        }
    }

    @Override
    public void createRule(String folderId, SiteLayout.Rule rule) {
        List<RuleModel.Action> actions = rule.actions().stream().map(a -> new RuleModel.Action(a.definitionId(), a.params())).toList();
        rules.createRule(folderId, RulesApi.DEFAULT_RULE_SET, new RuleModel.Rule(null, rule.name(), rule.description(), true,
                true, false, List.of("inbound"), DOCUMENTS_ONLY, actions));
    }

    private static NodeInfo info(Node node) {
        boolean inherit = node.getPermissions() == null || !Boolean.FALSE.equals(node.getPermissions().isIsInheritanceEnabled());
        Map<String, String> locallySet = new LinkedHashMap<>();
        if (node.getPermissions() != null && node.getPermissions().getLocallySet() != null) {
            for (PermissionElement p : node.getPermissions().getLocallySet()) {
                locallySet.put(p.getAuthorityId(), p.getName());
            }
        }
        return new NodeInfo(node.getId(), node.getNodeType(), Boolean.TRUE.equals(node.isIsFolder()), inherit, locallySet);
    }

    private static PermissionsBody permissions(boolean inherit, Map<String, String> grants) {
        List<PermissionElement> locallySet = new ArrayList<>();
        grants.forEach((authority, role) -> locallySet.add(new PermissionElement().authorityId(authority).name(role)
                .accessStatus(PermissionElement.AccessStatusEnum.ALLOWED)));
        return new PermissionsBody().isInheritanceEnabled(inherit).locallySet(locallySet);
    }

    private static <T> Optional<T> ifFound(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (FeignException.NotFound e) {
            return Optional.empty();
        }
    }
}
