package vn.wardqms.service.provisioning;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.wardqms.service.provisioning.ProvisioningRepository.GroupInfo;
import vn.wardqms.service.provisioning.ProvisioningRepository.NodeInfo;
import vn.wardqms.service.provisioning.ProvisioningRepository.RuleInfo;
import vn.wardqms.service.provisioning.ProvisioningRepository.SiteInfo;

/**
 * Brings the repository to the site layout by adding what is missing. Idempotent: it reads first and writes only
 * what is absent, so a second run makes no write. What exists but differs from the layout is reported as a conflict
 * and left as it is (and, for a folder that is not a folder, so is everything below it).
 */
public class Provisioner {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

    private final ProvisioningRepository repository;

    public Provisioner(ProvisioningRepository repository) {
        this.repository = repository;
    }

    public ProvisioningReport provision(SiteLayout layout) {
        ProvisioningReport report = new ProvisioningReport();
        site(layout.site(), report);
        for (SiteLayout.Group group : layout.groups()) {
            group(group, report);
        }
        for (SiteLayout.Group group : layout.groups()) {
            members(group, report);
        }
        siteGroups(layout, report);
        folders(layout, report);
        LOG.info("provisioning of site {}: {}", layout.site().id(), report.summary());
        report.conflicts().forEach(c -> LOG.warn("provisioning conflict, left as it is: {}", c));
        return report;
    }

    private void site(SiteLayout.Site site, ProvisioningReport report) {
        Optional<SiteInfo> existing = repository.site(site.id());
        if (existing.isEmpty()) {
            repository.createSite(site);
            report.wrote("site " + site.id());
        } else if (!site.visibility().equals(existing.get().visibility())) {
            report.conflict("site " + site.id(), "visibility " + site.visibility(), "visibility " + existing.get().visibility());
        } else {
            report.unchanged();
        }
    }

    private void group(SiteLayout.Group group, ProvisioningReport report) {
        Optional<GroupInfo> existing = repository.group(group.id());
        if (existing.isEmpty()) {
            repository.createGroup(group);
            report.wrote("group " + group.id());
        } else if (!group.displayName().equals(existing.get().displayName())) {
            report.conflict("group " + group.id(), "display name '" + group.displayName() + "'",
                    "'" + existing.get().displayName() + "'");
        } else {
            report.unchanged();
        }
    }

    private void members(SiteLayout.Group group, ProvisioningReport report) {
        if (group.memberGroups().isEmpty()) {
            return;
        }
        Set<String> members = repository.groupMembers(group.id());
        for (String member : group.memberGroups()) {
            if (members.contains(member)) {
                report.unchanged();
            } else {
                repository.addGroupMember(group.id(), member);
                report.wrote("member " + member + " of " + group.id());
            }
        }
    }

    private void siteGroups(SiteLayout layout, ProvisioningReport report) {
        Map<String, String> existing = repository.siteGroups(layout.site().id());
        for (SiteLayout.SiteGroup siteGroup : layout.siteGroups()) {
            String role = existing.get(siteGroup.groupId());
            if (role == null) {
                repository.addSiteGroup(layout.site().id(), siteGroup.groupId(), siteGroup.role());
                report.wrote("site role " + siteGroup.role() + " for " + siteGroup.groupId());
            } else if (!role.equals(siteGroup.role())) {
                report.conflict("site role of " + siteGroup.groupId(), siteGroup.role(), role);
            } else {
                report.unchanged();
            }
        }
    }

    private void folders(SiteLayout layout, ProvisioningReport report) {
        String library = repository.documentLibrary(layout.site().id());
        Map<List<String>, String> ids = new java.util.HashMap<>();
        Set<List<String>> blocked = new HashSet<>();
        for (SiteLayout.Folder folder : layout.folders()) {
            List<String> parentPath = folder.path().subList(0, folder.path().size() - 1);
            if (blocked.contains(parentPath)) {
                blocked.add(folder.path());
                continue;
            }
            String parentId = parentPath.isEmpty() ? library : ids.get(parentPath);
            String name = folder.path().get(folder.path().size() - 1);
            Optional<NodeInfo> existing = repository.child(parentId, name);
            if (existing.isEmpty()) {
                ids.put(folder.path(), repository.createFolder(parentId, folder));
                report.wrote("folder " + folder.displayPath());
                rules(folder, ids.get(folder.path()), List.of(), report);
                continue;
            }
            NodeInfo node = existing.get();
            if (!node.folder()) {
                report.conflict("folder " + folder.displayPath(), "a folder", node.nodeType() + " (nothing below it is provisioned)");
                blocked.add(folder.path());
                continue;
            }
            ids.put(folder.path(), node.id());
            permissions(folder, node, report);
            rules(folder, node.id(), repository.rules(node.id()), report);
        }
    }

    private void permissions(SiteLayout.Folder folder, NodeInfo node, ProvisioningReport report) {
        boolean pristine = node.inheritPermissions() && node.permissions().isEmpty();
        boolean wanted = folder.inheritPermissions() && folder.permissions().isEmpty();
        if (node.inheritPermissions() == folder.inheritPermissions() && node.permissions().equals(folder.permissions())) {
            report.unchanged();
        } else if (pristine && !wanted) {
            // A folder with the repository's defaults: an earlier run was interrupted after creating it.
            repository.setPermissions(node.id(), folder.inheritPermissions(), folder.permissions());
            report.wrote("permissions of " + folder.displayPath());
        } else {
            report.conflict("permissions of " + folder.displayPath(),
                    describe(folder.inheritPermissions(), folder.permissions()), describe(node.inheritPermissions(), node.permissions()));
        }
    }

    private void rules(SiteLayout.Folder folder, String folderId, List<RuleInfo> existing, ProvisioningReport report) {
        for (SiteLayout.Rule rule : folder.rules()) {
            Optional<RuleInfo> same = existing.stream().filter(r -> r.name().equals(rule.name())).findFirst();
            if (same.isEmpty()) {
                repository.createRule(folderId, rule);
                report.wrote("rule '" + rule.name() + "' on " + folder.displayPath());
            } else if (!same.get().actions().equals(rule.actions())) {
                report.conflict("rule '" + rule.name() + "' on " + folder.displayPath(), rule.actions().toString(),
                        same.get().actions().toString());
            } else {
                report.unchanged();
            }
        }
    }

    private static String describe(boolean inherit, Map<String, String> permissions) {
        return (inherit ? "inherited" : "not inherited") + " + " + permissions;
    }
}
