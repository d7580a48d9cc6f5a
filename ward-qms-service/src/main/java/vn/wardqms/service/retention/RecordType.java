package vn.wardqms.service.retention;

/**
 * One line of the retention schedule: a type of record, how long its files are kept, what starts the clock, what
 * happens after, and the legal provision that says so.
 *
 * @param years retention in years, or null for permanent (vĩnh viễn)
 * @param transferAfterYears for permanent records: years after the start before transfer to the historical archive
 *                           (null if they are not transferred)
 * @param line where the entry starts in its schedule file, for messages
 */
public record RecordType(String code, String nameVi, String nameEn, Integer years, Integer transferAfterYears, Trigger trigger,
                         Disposition disposition, LegalBasis basis, int line) {

    public boolean permanent() {
        return years == null;
    }

    /** What starts the retention clock. */
    public enum Trigger {
        /** the day the file (hồ sơ) is closed */
        FILE_CLOSED,
        /** the end of the year the work ended in (năm công việc kết thúc) */
        END_OF_YEAR,
        /** the day the case (a one-stop-shop application, a complaint) ended */
        CASE_CLOSED
    }

    /** What happens when retention ends (qms:dispositionActions). */
    public enum Disposition {
        /** destroyed by the competent person's decision, on the council's advice (hủy tài liệu hết thời hạn lưu trữ) */
        DESTROY,
        /** transferred to the historical archive (nộp lưu) */
        TRANSFER,
        /** appraised again (xem xét lại) */
        REVIEW
    }

    /**
     * @param text the legal text, e.g. Thông tư 10/2022/TT-BNV
     * @param article the article or appendix in it, e.g. "Phụ lục, mục I"
     * @param row the row (số thứ tự) of its table, or "—" when the provision has no table
     * @param verified true only if checked against the legal text itself, with the quote and its source in
     *                 docs/retention-sources.md; false marks a period the records officer must still confirm
     */
    public record LegalBasis(String text, String article, String row, boolean verified) {
    }
}
