package vn.wardqms.service.retention;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A search for records and record files by type and retention, as the records search endpoint takes it (request
 * parameters, untrusted): each value is checked and only then put into an AFTS query, so that nothing a caller sends
 * can change the query's shape. A bad value is refused naming the parameter.
 */
public record RecordQuery(String kind, String recordType, String unit, Integer year, Integer retentionYears, Boolean permanent,
                          LocalDate retainUntilFrom, LocalDate retainUntilTo, String dispositionStatus, Boolean onHold,
                          int skipCount, int maxItems, String orderBy, boolean ascending) {

    private static final Pattern RECORD_TYPE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");
    private static final Set<String> STATUSES = Set.of("ACTIVE", "DUE", "COUNCIL_APPROVED", "DESTROYED", "TRANSFERRED", "EXTENDED");
    /** Sortable parameters and the properties they sort by. */
    public static final Map<String, String> SORTS = Map.of("fileCode", "qms:fileCode", "year", "qms:fileYear", "retainUntil", "qms:retainUntil",
            "recordType", "qms:recordTypeCode", "name", "cm:name");

    /** Reads request parameters; an unknown parameter is refused too (a typo must not silently widen a search). */
    public static RecordQuery of(Map<String, String> p) {
        Set<String> known = Set.of("kind", "recordType", "unit", "year", "retentionYears", "permanent", "retainUntilFrom", "retainUntilTo",
                "dispositionStatus", "onHold", "skipCount", "maxItems", "orderBy");
        for (String name : p.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(name + ": unknown parameter (expected one of " + new java.util.TreeSet<>(known) + ")");
            }
        }
        String kind = p.getOrDefault("kind", "any");
        if (!Set.of("file", "record", "any").contains(kind)) {
            throw new IllegalArgumentException("kind: must be file, record or any, not '" + kind + "'");
        }
        String recordType = p.get("recordType");
        if (recordType != null && !RECORD_TYPE.matcher(recordType).matches()) {
            throw new IllegalArgumentException("recordType: '" + recordType + "' is not a record type code (e.g. QLCL.03)");
        }
        String unit = p.get("unit");
        if (unit != null && (unit.isBlank() || unit.length() > 200 || unit.chars().anyMatch(c -> c == '\'' || c == '\\' || Character.isISOControl(c)))) {
            throw new IllegalArgumentException("unit: must be a unit's name (up to 200 characters, no quotes or backslashes)");
        }
        String status = p.get("dispositionStatus");
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("dispositionStatus: must be one of " + new java.util.TreeSet<>(STATUSES) + ", not '" + status + "'");
        }
        String order = p.getOrDefault("orderBy", "fileCode ASC");
        String[] o = order.trim().split("\\s+");
        if (o.length > 2 || !SORTS.containsKey(o[0]) || (o.length == 2 && !o[1].matches("ASC|DESC"))) {
            throw new IllegalArgumentException("orderBy: must be one of " + new java.util.TreeSet<>(SORTS.keySet()) + " then ASC or DESC, not '" + order + "'");
        }
        LocalDate from = date(p, "retainUntilFrom");
        LocalDate to = date(p, "retainUntilTo");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("retainUntilFrom: " + from + " is after retainUntilTo " + to);
        }
        return new RecordQuery(kind, recordType, unit, number(p, "year", 1945, 2100), number(p, "retentionYears", 1, 100),
                bool(p, "permanent"), from, to, status, bool(p, "onHold"), orElse(number(p, "skipCount", 0, 1_000_000), 0),
                orElse(number(p, "maxItems", 1, 100), 25), o[0], o.length == 1 || o[1].equals("ASC"));
    }

    /** The AFTS query: every value either checked against a pattern or a number or a date. */
    public String afts() {
        List<String> terms = new ArrayList<>();
        terms.add(switch (kind) {
            case "file" -> "TYPE:'qms:recordFolder'";
            case "record" -> "TYPE:'qms:record'";
            default -> "(TYPE:'qms:recordFolder' OR TYPE:'qms:record')";
        });
        if (recordType != null) {
            terms.add("=qms:recordTypeCode:'" + recordType + "'");
        }
        if (unit != null) {
            terms.add("=qms:ownerUnit:'" + unit + "'");
        }
        if (year != null) {
            terms.add("qms:fileYear:[" + year + " TO " + year + "]");
        }
        if (retentionYears != null) {
            terms.add("qms:retentionYears:[" + retentionYears + " TO " + retentionYears + "]");
        }
        if (permanent != null) {
            terms.add("=qms:retentionPermanent:'" + permanent + "'");
        }
        if (retainUntilFrom != null || retainUntilTo != null) {
            terms.add("qms:retainUntil:[" + (retainUntilFrom == null ? "MIN" : "'" + retainUntilFrom + "'") + " TO "
                    + (retainUntilTo == null ? "MAX" : "'" + retainUntilTo + "'") + "]");
        }
        if (dispositionStatus != null) {
            terms.add("=qms:dispositionStatus:'" + dispositionStatus + "'");
        }
        if (onHold != null) {
            terms.add((onHold ? "" : "NOT ") + "ASPECT:'qms:legalHold'");
        }
        return String.join(" AND ", terms);
    }

    private static LocalDate date(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": must be a date yyyy-MM-dd, not '" + v + "'");
        }
    }

    private static Integer number(Map<String, String> p, String name, int min, int max) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(name + ": must be a whole number from " + min + " to " + max + ", not '" + v + "'");
    }

    private static Boolean bool(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(name + ": must be true or false, not '" + v + "'");
        }
        return Boolean.valueOf(v);
    }

    private static int orElse(Integer n, int otherwise) {
        return n == null ? otherwise : n;
    }
}
