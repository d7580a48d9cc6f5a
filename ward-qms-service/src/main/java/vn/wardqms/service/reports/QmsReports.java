package vn.wardqms.service.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.alfresco.core.handler.GroupsApi;
import org.alfresco.core.model.GroupMember;
import org.alfresco.core.model.GroupMemberEntry;
import org.alfresco.core.model.GroupMemberPaging;
import org.alfresco.search.handler.SearchApi;

/**
 * The lifecycle's follow-up reports, each a {@link TableReport} read lazily from the search API:
 * the amendment history of one document (Theo dõi tình trạng sửa đổi: every issue of a code, what changed where, who
 * approved it), reviews past due (Tài liệu quá hạn xem xét định kỳ), and acknowledgements still outstanding
 * (Xác nhận đọc chưa hoàn thành: members of an issue's distribution groups who have not acknowledged it).
 */
public class QmsReports {
    /** As qms:documentCodeFormat: a code given by a user goes into a query only if it is one. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9Đ]{1,12}([-./][A-Z0-9Đ]{1,12}){0,5}");

    private final SearchApi search;
    private final GroupsApi groups;
    private final Clock clock;

    public QmsReports(SearchApi search, GroupsApi groups, Clock clock) {
        this.search = search;
        this.groups = groups;
        this.clock = clock;
    }

    public TableReport amendmentHistory(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a document code (capitals, digits, '-', '.', '/'; e.g. QT-02)");
        }
        String query = "TYPE:'qms:controlledDocument' AND =qms:documentCode:'" + code + "' AND ISSET:'qms:issueDate'";
        ZoneId zone = clock.getZone();
        Iterator<List<Object>> rows = SearchPages.map(SearchPages.of(search, query, "qms:issueNumber"), hit -> cells(
                integer(hit.number("qms:issueNumber")), hit.day("qms:issueDate", zone), hit.day("qms:effectiveDate", zone),
                hit.text("qms:changeLocation"), hit.text("qms:changeSummary"),
                hit.text("qms:approverName") == null ? hit.text("qms:approver") : hit.text("qms:approverName"),
                new TableReport.Code("state.", hit.text("qms:lifecycleState"))));
        return new TableReport("amendments.title", code, List.of("amendments.issue", "amendments.issueDate", "amendments.effectiveDate",
                "amendments.location", "amendments.content", "amendments.approvedBy", "report.state"), rows);
    }

    /** The amendment history of every document, code by code: the per-document histories one after the other. */
    public TableReport amendmentHistories() {
        ZoneId zone = clock.getZone();
        Iterator<List<Object>> rows = SearchPages.map(SearchPages.of(search, "TYPE:'qms:controlledDocument' AND ISSET:'qms:issueDate'",
                "qms:documentCode", "qms:issueNumber"), hit -> cells(hit.text("qms:documentCode"),
                integer(hit.number("qms:issueNumber")), hit.day("qms:issueDate", zone), hit.day("qms:effectiveDate", zone),
                hit.text("qms:changeLocation"), hit.text("qms:changeSummary"),
                hit.text("qms:approverName") == null ? hit.text("qms:approver") : hit.text("qms:approverName"),
                new TableReport.Code("state.", hit.text("qms:lifecycleState"))));
        return new TableReport("amendments.title", null, List.of("report.code", "amendments.issue", "amendments.issueDate",
                "amendments.effectiveDate", "amendments.location", "amendments.content", "amendments.approvedBy", "report.state"), rows);
    }

    public TableReport overdueReviews() {
        String query = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'EFFECTIVE' AND qms:nextReviewDue:[MIN TO NOW/DAY]";
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        Iterator<List<Object>> rows = filter(SearchPages.map(SearchPages.of(search, query, "qms:nextReviewDue"), hit -> {
            String due = hit.day("qms:nextReviewDue", zone);
            long late = due == null ? 0 : ChronoUnit.DAYS.between(LocalDate.parse(due), today);
            return late <= 0 ? null : cells(hit.text("qms:documentCode"), title(hit), hit.text("qms:ownerUnit"), due, (int) late,
                    hit.text("qms:drafterName") == null ? hit.text("qms:drafter") : hit.text("qms:drafterName"));
        }));
        return new TableReport("overdue.title", null, List.of("report.code", "report.documentTitle", "report.ownerUnit", "overdue.due",
                "overdue.daysLate", "overdue.owner"), rows);
    }

    public TableReport outstandingAcknowledgements() {
        String query = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'EFFECTIVE' AND ISSET:'qms:acknowledgementsRequestedOn'";
        ZoneId zone = clock.getZone();
        Map<String, Map<String, String>> members = new HashMap<>();
        Iterator<List<List<Object>>> perDocument = SearchPages.map(SearchPages.of(search, query, "qms:documentCode"), hit -> {
            Map<String, String> expected = new TreeMap<>();
            for (String group : hit.list("qms:distributionGroups")) {
                expected.putAll(members.computeIfAbsent(group, this::people));
            }
            hit.list("qms:acknowledgedBy").forEach(expected::remove);
            List<List<Object>> rows = new ArrayList<>();
            expected.forEach((user, name) -> rows.add(cells(hit.text("qms:documentCode"), title(hit), integer(hit.number("qms:issueNumber")),
                    hit.day("qms:effectiveDate", zone), hit.day("qms:acknowledgementsRequestedOn", zone), user, name)));
            return rows;
        });
        return new TableReport("acknowledgements.title", null, List.of("report.code", "report.documentTitle", "report.issueNumber",
                "report.effectiveDate", "acknowledgements.requestedOn", "acknowledgements.user", "acknowledgements.name"), flatten(perDocument));
    }

    /** The people in a group and the groups inside it (each group read once), by user name, with their display names. */
    private Map<String, String> people(String group) {
        Map<String, String> found = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toRead = new ArrayDeque<>(List.of(group));
        while (!toRead.isEmpty()) {
            String g = toRead.removeFirst();
            if (!seen.add(g)) {
                continue;
            }
            int skip = 0;
            while (true) {
                GroupMemberPaging page = groups.listGroupMemberships(g, skip, 100, null, null, null).getBody();
                for (GroupMemberEntry e : page.getList().getEntries()) {
                    GroupMember m = e.getEntry();
                    if (m.getMemberType() == GroupMember.MemberTypeEnum.GROUP) {
                        toRead.add(m.getId());
                    } else {
                        found.put(m.getId(), m.getDisplayName());
                    }
                }
                if (!Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems())) {
                    break;
                }
                skip += 100;
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private static String title(SearchPages.Hit hit) {
        return hit.text("cm:title") == null ? hit.name() : hit.text("cm:title");
    }

    private static Integer integer(String number) {
        return number == null || !number.matches("\\d+") ? null : Integer.valueOf(number);
    }

    private static List<Object> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }

    /** Rows without the nulls a mapping left for what it skipped. */
    private static Iterator<List<Object>> filter(Iterator<List<Object>> rows) {
        return flatten(SearchPages.map(rows, row -> row == null ? List.<List<Object>>of() : List.of(row)));
    }

    private static Iterator<List<Object>> flatten(Iterator<List<List<Object>>> groupsOfRows) {
        return new Iterator<>() {
            private Iterator<List<Object>> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && groupsOfRows.hasNext()) {
                    current = groupsOfRows.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
