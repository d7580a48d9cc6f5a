package vn.wardqms.service.extraction;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.wardqms.service.extraction.CoverPage.Field;
import vn.wardqms.service.extraction.CoverPage.Signatory;

/**
 * Which properties of a draft its cover page fills: only those that are empty. A value already there stays, and if
 * the cover says otherwise that is noted. The code is filled like the rest: publication claims it in the register of
 * codes, so a cover copied from another document (and still bearing its code) stops the publication with a clear
 * error instead of giving two documents one code. The issue number and dates are noted, not filled, since publication
 * sets them on approval (a draft with an issue date would never be published).
 */
final class Prefill {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    /** Longer than any real cover value: such text is not put into a property. */
    private static final int MAX_VALUE = 500;

    private final Map<?, ?> current;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<String> filled = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Prefill(Map<?, ?> current) {
        this.current = current;
    }

    Map<String, Object> values() {
        return values;
    }

    List<String> filled() {
        return filled;
    }

    List<String> notes() {
        return notes;
    }

    void unreadable(ExtractionException e) {
        note("không đọc được trang bìa", "cover page not read (" + e.problem() + "): " + e.getMessage());
    }

    void from(CoverPage cover, ZoneId zone) {
        fill("cm:title", cover.title());
        signatory(cover.draftedBy(), "qms:drafterName", "qms:drafterJobTitle", "qms:draftedOn", zone);
        signatory(cover.reviewedBy(), "qms:reviewerNames", "qms:reviewerJobTitles", "qms:reviewedOn", zone);
        signatory(cover.approvedBy(), "qms:approverName", "qms:approverJobTitle", "qms:approvedOn", zone);
        fill("qms:documentCode", cover.code());
        setOnPublication("qms:issueNumber", cover.issueNumber());
        setOnPublication("qms:issueDate", cover.issueDate());
        setOnPublication("qms:effectiveDate", cover.effectiveDate());
        if (filled.isEmpty() && notes.isEmpty()) {
            note("trang bìa không có thông tin nào để điền", "nothing found on the cover page to fill in");
        }
    }

    private void signatory(Signatory s, String name, String title, String date, ZoneId zone) {
        fill(name, s.name());
        fill(title, s.title());
        fill(date, s.date().map(d -> new Field<>(DATETIME.format(d.value().atStartOfDay(zone)), d.source(), d.confidence())));
    }

    private void fill(String property, Optional<? extends Field<?>> field) {
        if (field.isEmpty()) {
            return;
        }
        String value = field.get().value().toString();
        String source = field.get().source();
        if (value.length() > MAX_VALUE) {
            note(property + ": không điền, nội dung trên trang bìa quá dài", property + ": not filled, the cover's text is too long to be one value ("
                    + value.length() + " characters)");
            return;
        }
        Object existing = current.get(property);
        if (isEmpty(existing)) {
            // A reviewer list of one: the REST API takes property values as text, the repository keeps it as a list of one.
            values.put(property, value);
            filled.add(property);
        } else if (!sameValue(existing, value)) {
            note(property + ": trang bìa ghi '" + value + "'; giữ giá trị đã có '" + shown(existing) + "'",
                    property + ": the cover says '" + value + "' (" + source + "); kept the value already set, '" + shown(existing) + "'");
        }
    }

    private void setOnPublication(String property, Optional<? extends Field<?>> field) {
        field.ifPresent(f -> {
            if (isEmpty(current.get(property))) {
                note(property + ": trang bìa ghi " + f.value() + "; được đặt khi ban hành, không điền vào dự thảo",
                        property + ": the cover says " + f.value() + " (" + f.source() + "); set on publication, not filled on a draft");
            } else if (!sameValue(current.get(property), f.value().toString())) {
                note(property + ": trang bìa ghi " + f.value() + "; giữ giá trị đã có '" + shown(current.get(property)) + "'",
                        property + ": the cover says " + f.value() + " (" + f.source() + "); kept the value already set, '"
                        + shown(current.get(property)) + "'");
            }
        });
    }

    /** A note for the people who confirm the values: in Vietnamese, then in English (the source text is quoted once). */
    private void note(String vi, String en) {
        notes.add(vi + " / " + en);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value.toString().isBlank() || (value instanceof List<?> l && l.stream().allMatch(v -> v == null || v.toString().isBlank()));
    }

    private static boolean sameValue(Object existing, String value) {
        String shown = shown(existing);
        if (shown.equals(value)) {
            return true;
        }
        // Numbers may come back from the repository as 2.0; dates with a time.
        boolean day = value.matches("\\d{4}-\\d{2}-\\d{2}.*");
        return shown.equals(value + ".0") || (day && shown.startsWith(value.substring(0, 10)));
    }

    private static String shown(Object value) {
        return value instanceof List<?> l && l.size() == 1 ? String.valueOf(l.get(0)) : String.valueOf(value);
    }
}
