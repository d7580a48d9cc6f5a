package vn.wardqms.service.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a document's cover page says about it. A field the cover does not state is absent (never guessed); each
 * field found carries the text it was read from and how sure the reading is.
 *
 * @param issuingBody the body that issues the document (the last line of the cover's header, e.g. ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH)
 * @param amendments the rows of the amendment table (Theo dõi tình trạng sửa đổi), in the document's order
 */
public record CoverPage(Optional<Field<String>> code, Optional<Field<String>> title, Optional<Field<String>> issuingBody,
                        Optional<Field<Integer>> issueNumber, Optional<Field<LocalDate>> issueDate,
                        Optional<Field<LocalDate>> effectiveDate, Signatory draftedBy, Signatory reviewedBy,
                        Signatory approvedBy, List<Amendment> amendments) {

    public CoverPage {
        amendments = List.copyOf(amendments);
    }

    /**
     * @param source the text (a line, a cell, a row) the value was read from, as printed
     * @param confidence from 0 to 1: about 0.95 for a labelled value read as printed, less when the value had to be
     *                   normalised (upper-cased, cut from surrounding text) or was found by its position rather than a label
     */
    public record Field<T>(T value, String source, double confidence) {
    }

    /** A column (or line) of the Soạn thảo / Xem xét / Phê duyệt table. */
    public record Signatory(Optional<Field<String>> name, Optional<Field<String>> title, Optional<Field<LocalDate>> date) {
        static final Signatory NONE = new Signatory(Optional.empty(), Optional.empty(), Optional.empty());

        public boolean isEmpty() {
            return name.isEmpty() && title.isEmpty() && date.isEmpty();
        }
    }

    /**
     * A row of the amendment table: its number (STT), date, where (vị trí: page, section), what (nội dung) and the
     * revision (lần sửa đổi) it made. Cells left empty are absent.
     */
    public record Amendment(Optional<String> no, Optional<LocalDate> date, Optional<String> location, Optional<String> content,
                            Optional<String> revision, String source, double confidence) {
    }
}
