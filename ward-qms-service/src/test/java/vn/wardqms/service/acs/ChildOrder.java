package vn.wardqms.service.acs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of GET /nodes/{id}/children as NodesImpl gives it: by default folders first, then by name; with orderBy,
 * by the named fields (the API's synonyms, or a property by its prefixed name), each ASC or DESC. Anything else is
 * refused with 400, as the repository refuses a field it cannot map to a property.
 */
final class ChildOrder {
    /** NodesImpl.PARAM_SYNONYMS_QNAME: the fields a listing may be ordered by besides properties. */
    private static final Set<String> SYNONYMS = Set.of("isFolder", "name", "createdAt", "modifiedAt", "createdByUser", "modifiedByUser",
            "mimeType", "sizeInBytes", "nodeType");
    /** The prefixes the stand-in's model knows (a property of another prefix is unknown to the repository too). */
    private static final Set<String> PREFIXES = Set.of("cm", "sys", "qms", "st", "app", "usr");
    private static final Map<String, String> AS_PROPERTY = Map.of("name", "cm:name", "createdAt", "cm:created", "modifiedAt", "cm:modified");

    private ChildOrder() {
    }

    static List<FakeAcs.FakeNode> sorted(List<FakeAcs.FakeNode> children, List<String> orderBy) {
        Comparator<FakeAcs.FakeNode> order = null;
        List<String> columns = new ArrayList<>();
        orderBy.forEach(v -> columns.addAll(List.of(v.split(","))));
        for (String column : columns) {
            String[] words = column.trim().split("\\s+");
            String field = words[0];
            boolean descending = words.length > 1 && words[1].equalsIgnoreCase("DESC");
            if (words.length > 2 || (words.length == 2 && !words[1].matches("(?i)ASC|DESC"))) {
                throw new FakeAcs.BadRequest("Invalid orderBy: " + column);
            }
            if (!SYNONYMS.contains(field) && !(field.contains(":") && PREFIXES.contains(field.substring(0, field.indexOf(':'))))) {
                throw new FakeAcs.BadRequest("Invalid sort field: " + field);
            }
            Comparator<FakeAcs.FakeNode> by = by(field);
            by = descending ? by.reversed() : by;
            order = order == null ? by : order.thenComparing(by);
        }
        if (order == null) {
            order = Comparator.comparing((FakeAcs.FakeNode n) -> !n.isFolder()).thenComparing(n -> n.name);
        }
        return children.stream().sorted(order).toList();
    }

    private static Comparator<FakeAcs.FakeNode> by(String field) {
        return switch (field) {
            case "isFolder" -> Comparator.comparing(FakeAcs.FakeNode::isFolder);
            case "name" -> Comparator.comparing(n -> n.name);
            case "nodeType" -> Comparator.comparing(n -> n.type);
            case "modifiedAt" -> Comparator.comparing(n -> n.modifiedAt);
            case "createdByUser" -> Comparator.comparing(n -> n.createdBy);
            case "sizeInBytes" -> Comparator.comparing(n -> n.content == null ? 0 : n.content.length);
            case "mimeType" -> Comparator.comparing(n -> String.valueOf(n.mimeType));
            case "createdAt", "modifiedByUser" -> throw new FakeAcs.Unfaithful("the stand-in keeps no " + field + " to order by");
            default -> Comparator.comparing(n -> String.valueOf(n.properties.getOrDefault(AS_PROPERTY.getOrDefault(field, field), "")));
        };
    }
}
