package vn.wardqms.service.retention;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.alfresco.search.handler.SearchApi;

import vn.wardqms.service.reports.SearchPages;
import vn.wardqms.service.reports.TableReport;

/**
 * Danh mục hồ sơ of a year, with the columns of Decree 30/2020/NĐ-CP (Appendix V): Số và ký hiệu hồ sơ | Tên đề mục
 * và tiêu đề hồ sơ | Thời hạn bảo quản | Người lập hồ sơ | Ghi chú. Files are grouped under their unit (đề mục, a
 * heading row with a Roman numeral) and listed by file code; read lazily from the search API.
 */
public class FileList {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"};

    private final SearchApi search;

    public FileList(SearchApi search) {
        this.search = search;
    }

    public TableReport of(int year) {
        if (year < 1945 || year > 2100) {
            throw new IllegalArgumentException("year " + year + " is outside 1945-2100 (qms:fileYear)");
        }
        String query = "TYPE:'qms:recordFolder' AND qms:fileYear:[" + year + " TO " + year + "]";
        Iterator<SearchPages.Hit> files = SearchPages.of(search, query, "qms:ownerUnit", "qms:fileCode");
        return new TableReport("files.title", String.valueOf(year), List.of("files.code", "files.heading", "files.retention",
                "files.creator", "files.notes"), new Iterator<>() {
                    private final List<List<Object>> pending = new ArrayList<>();
                    private String unit;
                    private int headings;

                    @Override
                    public boolean hasNext() {
                        if (pending.isEmpty() && files.hasNext()) {
                            SearchPages.Hit f = files.next();
                            String fileUnit = f.text("qms:ownerUnit") == null ? "—" : f.text("qms:ownerUnit");
                            if (!fileUnit.equals(unit)) {
                                unit = fileUnit;
                                String numeral = headings < ROMAN.length ? ROMAN[headings] : String.valueOf(headings + 1);
                                headings++;
                                pending.add(java.util.Arrays.asList(null, numeral + ". " + unit.toUpperCase(java.util.Locale.forLanguageTag("vi")), null, null, null));
                            }
                            pending.add(java.util.Arrays.asList(f.text("qms:fileCode"), f.text("cm:title") == null ? f.name() : f.text("cm:title"),
                                    retention(f), f.text("qms:fileCreator"), f.text("qms:fileNotes")));
                        }
                        return !pending.isEmpty();
                    }

                    @Override
                    public List<Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return pending.remove(0);
                    }
                });
    }

    private static Object retention(SearchPages.Hit f) {
        if ("true".equals(f.text("qms:retentionPermanent"))) {
            return new TableReport.Code("retention.", "PERMANENT");
        }
        String years = f.number("qms:retentionYears");
        return years == null ? null : new TableReport.Message("retention.years", Integer.valueOf(years));
    }
}
