package vn.wardqms.service.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.alfresco.core.handler.GroupsApi;
import org.alfresco.core.model.GroupMember;
import org.alfresco.core.model.GroupMemberEntry;
import org.alfresco.core.model.GroupMemberPaging;

import feign.FeignException;

/**
 * Whether a person belongs to a group, read from the repository each time (GET /groups/{id}/members, which any
 * authenticated user may list), through the groups nested in it: the administrators may put a person in a subgroup.
 */
public class GroupMembers {
    private static final int PAGE = 100;

    private final GroupsApi groups;

    public GroupMembers(GroupsApi groups) {
        this.groups = groups;
    }

    /** False for a group that does not exist: nobody is proven to be in it. */
    public boolean isMember(String group, String userName) {
        if (userName == null || userName.isBlank()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        Deque<String> toRead = new ArrayDeque<>(Set.of(group));
        while (!toRead.isEmpty()) {
            String current = toRead.removeFirst();
            if (!seen.add(current)) {
                continue;
            }
            for (int skip = 0; ; skip += PAGE) {
                GroupMemberPaging page;
                try {
                    page = groups.listGroupMemberships(current, skip, PAGE, null, null, null).getBody();
                } catch (FeignException.NotFound gone) {
                    break;
                }
                for (GroupMemberEntry e : page.getList().getEntries()) {
                    GroupMember m = e.getEntry();
                    if (m.getMemberType() == GroupMember.MemberTypeEnum.GROUP) {
                        toRead.add(m.getId());
                    } else if (userName.equals(m.getId())) {
                        return true;
                    }
                }
                if (!Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems())) {
                    break;
                }
            }
        }
        return false;
    }
}
