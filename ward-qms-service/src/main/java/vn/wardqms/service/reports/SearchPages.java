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

/**
 * The nodes a report lists, read page by page from the search API as the writer asks for them (one page in memory at
 * a time, whatever the number of nodes), sorted by the given properties.
 */
public final class SearchPages {
    private static final int PAGE = 1000;

    /** A node as the search API returns it. */
    public record Hit(String id, String name, Map<?, ?> properties) {
        public String text(String property) {
            Object value = properties.get(property);
            return value == null ? null : value.toString();
        }

        public String number(String property) {
            Object value = properties.get(property);
            return value == null ? null : value instanceof Number n ? String.valueOf(n.intValue()) : value.toString().replaceAll("\\.0$", "");
        }

        /** A d:date or d:datetime as the office's calendar day (ISO). */
        public String day(String property, ZoneId zone) {
            Object value = properties.get(property);
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

        public java.util.List<String> list(String property) {
            Object value = properties.get(property);
            if (value == null) {
                return java.util.List.of();
            }
            return value instanceof java.util.List<?> l ? l.stream().map(String::valueOf).toList() : java.util.List.of(value.toString());
        }
    }

    private static final org.alfresco.search.model.RequestInclude INCLUDE = include();

    private static org.alfresco.search.model.RequestInclude include() {
        org.alfresco.search.model.RequestInclude include = new org.alfresco.search.model.RequestInclude();
        include.add("properties");
        include.add("aspectNames");
        return include;
    }

    private SearchPages() {
    }

    public static Iterator<Hit> of(SearchApi search, String query, String... sortFields) {
        return new Iterator<>() {
            private final Deque<Hit> page = new ArrayDeque<>();
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
            public Hit next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.removeFirst();
            }

            private void fetch() {
                RequestSortDefinition sort = new RequestSortDefinition();
                for (String field : sortFields) {
                    sort.add(new RequestSortDefinitionInner().type(RequestSortDefinitionInner.TypeEnum.FIELD).field(field).ascending(true));
                }
                ResultSetPaging result = search.search(new org.alfresco.search.model.SearchRequest()
                        .query(new RequestQuery().query(query).language(RequestQuery.LanguageEnum.AFTS))
                        .paging(new RequestPagination().maxItems(PAGE).skipCount(skip))
                        // Without include, the search API returns hits without properties or aspects (ResultMapper).
                        .include(INCLUDE)
                        .sort(sort)).getBody();
                for (ResultSetRowEntry e : result.getList().getEntries()) {
                    Map<?, ?> p = e.getEntry().getProperties() instanceof Map<?, ?> map ? map : Map.of();
                    page.add(new Hit(e.getEntry().getId(), e.getEntry().getName(), p));
                }
                skip += PAGE;
                more = Boolean.TRUE.equals(result.getList().getPagination().isHasMoreItems()) && !result.getList().getEntries().isEmpty();
            }
        };
    }

    /** Maps each element as it is read. */
    public static <S, T> Iterator<T> map(Iterator<S> hits, java.util.function.Function<S, T> row) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return hits.hasNext();
            }

            @Override
            public T next() {
                return row.apply(hits.next());
            }
        };
    }
}
