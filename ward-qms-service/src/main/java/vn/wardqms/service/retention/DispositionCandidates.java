package vn.wardqms.service.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.alfresco.search.handler.SearchApi;

import vn.wardqms.service.reports.SearchPages;
import vn.wardqms.service.reports.TableReport;

/**
 * The lists the records destruction council works from: files past retention to be destroyed (danh sách hồ sơ, tài liệu hết
 * thời hạn lưu trữ, trùng lặp: DUE, disposition DESTROY) and permanent files due for transfer to the historical archive within a year
 * (from the schedule's transfer-after). Files under legal hold are listed with the hold, never as ready.
 */
public class DispositionCandidates {
    private final SearchApi search;
    private final RetentionClassifier classifier;
    private final Clock clock;

    public DispositionCandidates(SearchApi search, RetentionClassifier classifier, Clock clock) {
        this.search = search;
        this.classifier = classifier;
        this.clock = clock;
    }

    public TableReport toDestroy() {
        String query = "TYPE:'qms:recordFolder' AND =qms:fileState:'CLOSED' AND =qms:dispositionAction:'DESTROY'"
                + " AND (=qms:dispositionStatus:'DUE' OR =qms:dispositionStatus:'COUNCIL_APPROVED')";
        Iterator<List<Object>> rows = SearchPages.map(SearchPages.of(search, query, "qms:fileYear", "qms:fileCode"), f -> Arrays.asList(
                f.text("qms:fileCode"), title(f), integer(f.number("qms:fileYear")), f.text("qms:ownerUnit"),
                new TableReport.Message("retention.years", integer(f.number("qms:retentionYears"))), f.day("qms:retainUntil", clock.getZone()),
                new TableReport.Code("disposition.", f.text("qms:dispositionStatus")), hold(f)));
        return new TableReport("disposal.title", null, List.of("files.code", "files.heading", "disposal.year", "report.ownerUnit",
                "files.retention", "disposal.retainUntil", "disposal.status", "disposal.hold"), rows);
    }

    public TableReport toTransfer() {
        LocalDate horizon = LocalDate.now(clock).plusYears(1);
        String query = "TYPE:'qms:recordFolder' AND =qms:fileState:'CLOSED' AND =qms:dispositionAction:'TRANSFER'"
                + " AND =qms:dispositionStatus:'ACTIVE'";
        Iterator<SearchPages.Hit> files = SearchPages.of(search, query, "qms:fileYear", "qms:fileCode");
        Iterator<List<Object>> rows = new Iterator<>() {
            private List<Object> next;

            @Override
            public boolean hasNext() {
                while (next == null && files.hasNext()) {
                    SearchPages.Hit f = files.next();
                    Classification c = classify(f);
                    if (c != null && c.dispositionDue() != null && !c.dispositionDue().isAfter(horizon)) {
                        next = Arrays.asList(f.text("qms:fileCode"), title(f), integer(f.number("qms:fileYear")), f.text("qms:ownerUnit"),
                                c.dispositionDue().toString(), hold(f));
                    }
                }
                return next != null;
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                List<Object> row = next;
                next = null;
                return row;
            }
        };
        return new TableReport("transfer.title", null, List.of("files.code", "files.heading", "disposal.year", "report.ownerUnit",
                "transfer.due", "disposal.hold"), rows);
    }

    private Classification classify(SearchPages.Hit f) {
        String closed = f.day("qms:fileClosedOn", clock.getZone());
        String year = f.number("qms:fileYear");
        if (closed == null || year == null) {
            return null;
        }
        try {
            String caseEnded = f.day("qms:retentionStart", clock.getZone());
            return classifier.classify(f.text("qms:recordTypeCode"), Integer.parseInt(year), LocalDate.parse(closed),
                    caseEnded == null ? null : LocalDate.parse(caseEnded));
        } catch (IllegalArgumentException e) {
            return null; // not in the schedule: the closing handler reports it
        }
    }

    private static Object hold(SearchPages.Hit f) {
        return f.text("qms:holdReason");
    }

    private static String title(SearchPages.Hit f) {
        return f.text("cm:title") == null ? f.name() : f.text("cm:title");
    }

    private static Integer integer(String n) {
        return n == null || !n.matches("\\d+") ? null : Integer.valueOf(n);
    }
}
