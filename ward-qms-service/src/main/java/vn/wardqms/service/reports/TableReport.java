package vn.wardqms.service.reports;

import java.util.Iterator;
import java.util.List;

/**
 * A report as a table: the keys of its title and column headings (messages/reports, Vietnamese and English), the
 * subject it is about (e.g. a document code; may be null) and its rows, consumed once as they come. Cells are text; a
 * value given as {@link Code} or {@link Message} is translated through the bundle (kinds, states, periods), one given
 * as an Integer is a number.
 */
public record TableReport(String titleKey, String subject, List<String> columnKeys, Iterator<List<Object>> rows) {

    /** A coded value shown by its label, e.g. new Code("state.", "EFFECTIVE"). */
    public record Code(String prefix, String value) {
    }

    /** A value shown through a message of the bundle, e.g. new Message("retention.years", 10) for "10 năm". */
    public record Message(String key, Object argument) {
    }
}
