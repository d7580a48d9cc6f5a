package vn.wardqms.service.reports;

import java.time.ZoneId;
import java.util.Iterator;

import org.alfresco.search.handler.SearchApi;

/**
 * The documents of the register, read lazily from the search API ({@link SearchPages}): every controlled document
 * that has been issued, by code.
 */
public class RegisterSource {
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND ISSET:'qms:issueDate'";

    private final SearchApi search;
    private final ZoneId zone;

    public RegisterSource(SearchApi search, ZoneId zone) {
        this.search = search;
        this.zone = zone;
    }

    public Iterator<RegisterRow> rows() {
        return SearchPages.map(SearchPages.of(search, QUERY, "qms:documentCode"), hit -> new RegisterRow(hit.text("qms:documentCode"),
                hit.text("cm:title") == null ? hit.name() : hit.text("cm:title"), hit.text("qms:documentKind"), hit.number("qms:issueNumber"),
                hit.day("qms:issueDate", zone), hit.day("qms:effectiveDate", zone), hit.text("qms:ownerUnit"), hit.text("qms:lifecycleState")));
    }
}
