package vn.wardqms.service.reports;

/** One line of the register of internal documents (Danh mục tài liệu nội bộ). Dates as yyyy-MM-dd. */
public record RegisterRow(String code, String title, String kind, String issueNumber, String issueDate, String effectiveDate,
                          String ownerUnit, String state) {
}
