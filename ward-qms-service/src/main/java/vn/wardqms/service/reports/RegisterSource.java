package vn.wardqms.service.reports;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

import org.alfresco.search.handler.SearchApi;
import org.alfresco.search.model.RequestPagination;
import org.alfresco.search.model.RequestQuery;
import org.alfresco.search.model.RequestSortDefinition;
import org.alfresco.search.model.RequestSortDefinitionInner;
import org.alfresco.search.model.ResultSetPaging;
import org.alfresco.search.model.ResultSetRowEntry;
import org.alfresco.search.model.SearchRequest;

/**
 * The documents of the register, read page by page from the search API as the writer asks for them (one page in
 * memory at a time): every controlled document that has been issued, by code.
 */
public class RegisterSource {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND ISSET:'qms:issueDate'";
    private static final int PAGE = 1000;

    private final SearchApi search;
    private final ZoneId zone;

    public RegisterSource(SearchApi search, ZoneId zone) {
        this.search = search;
        this.zone = zone;
    }

    public Iterator<RegisterRow> rows() {
        return new Iterator<>() {
            private final Deque<RegisterRow> page = new ArrayDeque<>();
            private int skip;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                if (page.isEmpty() && more) {
                    fetch();
                }
                return !page.isEmpty();
            }

            @Override
            public RegisterRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.removeFirst();
            }

            private void fetch() {
                RequestSortDefinition sort = new RequestSortDefinition();
                sort.add(new RequestSortDefinitionInner().type(RequestSortDefinitionInner.TypeEnum.FIELD).field("qms:documentCode").ascending(true));
                ResultSetPaging result = search.search(new SearchRequest()
                        .query(new RequestQuery().query(QUERY).language(RequestQuery.LanguageEnum.AFTS))
                        .paging(new RequestPagination().maxItems(PAGE).skipCount(skip))
                        .sort(sort)).getBody();
                for (ResultSetRowEntry e : result.getList().getEntries()) {
                    page.add(row(e));
                }
                skip += PAGE;
                more = Boolean.TRUE.equals(result.getList().getPagination().isHasMoreItems()) && !result.getList().getEntries().isEmpty();
            }
        };
    }

    private RegisterRow row(ResultSetRowEntry e) {
        Map<?, ?> p = e.getEntry().getProperties() instanceof Map<?, ?> map ? map : Map.of();
        Object title = p.get("cm:title");
        return new RegisterRow(text(p.get("qms:documentCode")), title == null ? e.getEntry().getName() : title.toString(),
                text(p.get("qms:documentKind")), number(p.get("qms:issueNumber")), day(p.get("qms:issueDate")),
                day(p.get("qms:effectiveDate")), text(p.get("qms:ownerUnit")), text(p.get("qms:lifecycleState")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String number(Object value) {
        return value == null ? null : value instanceof Number n ? String.valueOf(n.intValue()) : value.toString().replaceAll("\\.0$", "");
    }

    private String day(Object value) {
        if (value == null) {
            return null;
        }
        String v = value.toString();
        if (v.length() <= 10) {
            return v;
        }
        try {
            return OffsetDateTime.parse(v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).atZoneSameInstant(zone).toLocalDate().toString();
        } catch (RuntimeException ex) {
            return v.substring(0, 10);
        }
    }
}
