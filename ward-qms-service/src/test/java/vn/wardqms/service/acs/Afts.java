package vn.wardqms.service.acs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the Alfresco Full Text Search language the service's queries use, evaluated over the stand-in's nodes as
 * Search Services would answer them: TYPE (with subtypes), exact match {@code =prop:'v'}, ISSET/ISUNSET/ISNULL/
 * ISNOTNULL, ASPECT, ANCESTOR, ranges {@code prop:[A TO B]} with MIN, MAX and NOW/DAY±nDAYS, AND, OR, NOT and parentheses.
 * Peer associations are not indexed by Search Services, so there is nothing to query them with here either. A query
 * outside this subset fails the test rather than matching nothing. Queries match the nodes as the index holds them
 * ({@link FakeAcs.Repository#indexed()}: a write shows only after the index lag).
 */
final class Afts {
    /** The content-model hierarchy of the types the stand-in holds. */
    private static final Map<String, String> PARENT = Map.of(
            "qms:externalDocument", "qms:controlledDocument",
            "qms:controlledDocument", "cm:content",
            "qms:record", "cm:content",
            "qms:recordFolder", "cm:folder");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\(|\\)|AND\\b|OR\\b|NOT\\b|(=?[A-Za-z]+:?[A-Za-z]*):(?:'([^']*)'|\\[([^\\]]*)]))");

    private final FakeAcs.Repository repository;
    private final Supplier<Instant> now;
    private List<String[]> tokens;
    private int at;

    Afts(FakeAcs.Repository repository, Supplier<Instant> now) {
        this.repository = repository;
        this.now = now;
    }

    synchronized List<FakeAcs.FakeNode> search(String query) {
        tokens = tokenise(query);
        at = 0;
        Predicate<FakeAcs.FakeNode> matches = or();
        if (at != tokens.size()) {
            throw new IllegalArgumentException("AFTS stand-in: unexpected '" + tokens.get(at)[0] + "' in " + query);
        }
        synchronized (repository) {
            return repository.indexed().stream().filter(matches).toList();
        }
    }

    private static List<String[]> tokenise(String query) {
        List<String[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(query);
        int end = 0;
        while (end < query.length() && m.find(end) && m.start() == end) {
            out.add(m.group(2) != null ? new String[] {m.group(2), m.group(3), m.group(4)} : new String[] {m.group(1)});
            end = m.end();
        }
        if (!query.substring(end).isBlank()) {
            throw new IllegalArgumentException("AFTS stand-in cannot read '" + query.substring(end) + "' in " + query);
        }
        return out;
    }

    private boolean next(String word) {
        if (at < tokens.size() && tokens.get(at).length == 1 && tokens.get(at)[0].equals(word)) {
            at++;
            return true;
        }
        return false;
    }

    private Predicate<FakeAcs.FakeNode> or() {
        Predicate<FakeAcs.FakeNode> p = and();
        while (next("OR")) {
            p = p.or(and());
        }
        return p;
    }

    private Predicate<FakeAcs.FakeNode> and() {
        Predicate<FakeAcs.FakeNode> p = unary();
        while (next("AND")) {
            p = p.and(unary());
        }
        return p;
    }

    private Predicate<FakeAcs.FakeNode> unary() {
        if (next("NOT")) {
            return unary().negate();
        }
        if (next("(")) {
            Predicate<FakeAcs.FakeNode> p = or();
            if (!next(")")) {
                throw new IllegalArgumentException("AFTS stand-in: missing ')'");
            }
            return p;
        }
        if (at >= tokens.size() || tokens.get(at).length != 3) {
            throw new IllegalArgumentException("AFTS stand-in: expected a term");
        }
        String[] t = tokens.get(at++);
        return term(t[0], t[1], t[2]);
    }

    private Predicate<FakeAcs.FakeNode> term(String field, String value, String range) {
        switch (field) {
            case "TYPE":
                return n -> isA(n.type, value);
            case "ISSET", "ISNOTNULL":
                return n -> present(n.properties.get(value));
            case "ISUNSET", "ISNULL":
                return n -> !present(n.properties.get(value));
            case "ASPECT":
                return n -> n.aspects.contains(value);
            case "ANCESTOR":
                String ancestor = value.substring(value.lastIndexOf('/') + 1);
                return n -> hasAncestor(n, ancestor);
            default:
        }
        if (field.startsWith("=")) {
            String property = field.substring(1);
            return n -> values(n.properties.get(property)).contains(value);
        }
        if (range != null) {
            String[] bounds = range.split("\\s+TO\\s+");
            return n -> values(n.properties.get(field)).stream().anyMatch(v -> within(v, bounds[0].trim(), bounds[1].trim()));
        }
        throw new IllegalArgumentException("AFTS stand-in does not support " + field + ":'" + value + "'");
    }

    private static boolean isA(String type, String wanted) {
        for (String t = type; t != null; t = PARENT.get(t)) {
            if (t.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAncestor(FakeAcs.FakeNode node, String ancestorId) {
        for (FakeAcs.FakeNode n = repository.nodes.get(node.parentId); n != null; n = repository.nodes.get(n.parentId)) {
            if (n.id.equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof List<?> l && l.isEmpty());
    }

    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }

    private boolean within(String value, String low, String high) {
        if (value.matches("-?\\d+(\\.\\d+)?") && !low.startsWith("NOW") && !high.startsWith("NOW")) {
            double v = Double.parseDouble(value);
            return (low.equals("MIN") || v >= Double.parseDouble(low)) && (high.equals("MAX") || v <= Double.parseDouble(high));
        }
        LocalDate day = LocalDate.parse(value.substring(0, 10));
        return (low.equals("MIN") || !day.isBefore(date(low))) && (high.equals("MAX") || !day.isAfter(date(high)));
    }

    private LocalDate date(String bound) {
        Matcher m = Pattern.compile("NOW(?:/DAY)?(?:([+-])(\\d+)DAYS?)?").matcher(bound);
        if (m.matches()) {
            LocalDate today = LocalDate.ofInstant(now.get(), ZoneOffset.UTC);
            return m.group(1) == null ? today : today.plusDays((m.group(1).equals("-") ? -1 : 1) * Long.parseLong(m.group(2)));
        }
        return LocalDate.parse(bound.replace("'", "").substring(0, 10));
    }
}
