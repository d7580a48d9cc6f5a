package vn.wardqms.service.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.wardqms.service.extraction.CoverPage.Amendment;
import vn.wardqms.service.extraction.CoverPage.Field;
import vn.wardqms.service.extraction.CoverPage.Signatory;
import vn.wardqms.service.extraction.DocumentText.Line;

/**
 * Reads a cover page from a document's lines. Labels are matched without regard to case or diacritics; values are
 * taken from the original text. Only the cover (the lines before the table of contents or the first section) is
 * read for the document's own identity, so a code cited in the body ("theo QT-05") is never taken for it. What is
 * not printed is left absent.
 */
final class CoverPageReader {
    /** The cover ends here at the latest (a cover with its header table, title and signature table fits well within). */
    private static final int MAX_COVER_LINES = 60;
    /** How far into the document the amendment table is looked for (it is usually on the cover or the page after). */
    private static final int MAX_AMENDMENT_LINES = 250;

    private static final Pattern COVER_END = Pattern.compile(
            "^(muc luc|muc dich|noi dung chinh|(phan|chuong) (1|i)\\b|(1|i)\\s*[.)/-]?\\s*(muc dich|pham vi|gioi thieu))");

    private static final String CODE_WORDS = "ma hieu|ma so|ky hieu|ma tai lieu";
    private static final String ISSUE_WORDS = "lan ban hanh|ban hanh lan";
    private static final String ISSUE_DATE_WORDS = "ngay ban hanh|ban hanh ngay";
    private static final String EFFECTIVE_WORDS = "ngay co hieu luc|ngay hieu luc|co hieu luc tu ngay|hieu luc tu ngay|ngay ap dung|ap dung tu ngay";
    private static final String OTHER_WORDS = "lan sua doi|ngay sua doi|trang|so trang|hieu luc";
    private static final Pattern CODE = label(CODE_WORDS);
    private static final Pattern ISSUE = label(ISSUE_WORDS);
    private static final Pattern ISSUE_DATE = label(ISSUE_DATE_WORDS);
    private static final Pattern EFFECTIVE = label(EFFECTIVE_WORDS);
    private static final Pattern ANY_LABEL = label(String.join("|", CODE_WORDS, ISSUE_WORDS, ISSUE_DATE_WORDS, EFFECTIVE_WORDS, OTHER_WORDS));
    private static final Pattern TITLE_LABEL = Pattern.compile("^(ten tai lieu|ten quy trinh|ten huong dan|ten bieu mau|ten ke hoach|tieu de)\\s*[:.]\\s*");
    private static final Pattern BODY_LABEL = Pattern.compile("^(co quan ban hanh|don vi ban hanh|noi ban hanh)\\s*[:.]\\s*");

    /** A document code as printed: letters and digits in groups joined by - . / (STCL, QT-01, QT-ISO-02, BM-02/QT-05). */
    private static final Pattern CODE_TOKEN = Pattern.compile("[\\p{L}0-9]{1,12}(?:[-./][\\p{L}0-9]{1,12}){0,5}");
    private static final Pattern MODEL_CODE = Pattern.compile("^[A-Z0-9Đ]{1,12}([-./][A-Z0-9Đ]{1,12}){0,5}$");
    private static final Pattern ISSUE_VALUE = Pattern.compile("^(?:thu\\s*)?(\\d{1,3})(?![\\d/.-]\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("^(?:ngay\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\b");
    private static final Pattern WORDS_DATE = Pattern.compile("^(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})\\b");

    /** Matched on the lower-cased text with its diacritics: without them "Sở" (department) would be "Sổ" (book). */
    private static final Pattern ORGANISATION = Pattern.compile("^(ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|sở |bộ |cục |"
            + "chi cục|tổng cục|phòng |ban (?!hành)|trung tâm|văn phòng|bệnh viện|công ty|đảng ủy|đảng uỷ|mặt trận)");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern ADMIN_UNIT = Pattern.compile("^(phuong|xa|thi tran|quan|huyen|thi xa|thanh pho|tinh)\\b");
    private static final Pattern MOTTO = Pattern.compile("(cong hoa xa hoi chu nghia|doc lap\\s*-\\s*tu do|^[-_=.*\\s]+$)");
    private static final Pattern BANNER = Pattern.compile("(iso 9001|tcvn iso|he thong quan ly chat luong|tai lieu he thong)");

    enum Role {
        DRAFTED("nguoi soan thao|soan thao|nguoi bien soan|bien soan"),
        REVIEWED("nguoi xem xet|xem xet|nguoi kiem tra|kiem tra"),
        APPROVED("nguoi phe duyet|phe duyet|nguoi duyet");

        final Pattern cell;
        final Pattern line;

        Role(String words) {
            cell = Pattern.compile("^(" + words + ")\\s*:?$");
            line = Pattern.compile("^(" + words + ")(\\s*(boi|:)\\s*(.*))?$");
        }

        static Optional<Role> ofCell(String cell) {
            return firstMatching(cell, values(), r -> r.cell, true);
        }
    }

    private enum Part {
        NAME("^(ho va ten|ho ten|ten)\\s*:?"), TITLE("^(chuc danh|chuc vu)\\s*:?"), DATE("^(ngay ky|ngay thang|ngay|thoi gian)\\s*:?"),
        SIGNATURE("^(ky ten|chu ky|ky|ky va ghi ro ho ten)\\s*:?");

        final Pattern label;

        Part(String regex) {
            label = Pattern.compile(regex + "$");
        }

        static Optional<Part> ofCell(String cell) {
            return firstMatching(cell, values(), p -> p.label, true);
        }

        /** "Chức danh: Chuyên viên" as a line: the part and where its value starts in the folded text. */
        static Optional<Map.Entry<Part, Integer>> ofLine(Folded line) {
            for (Part part : values()) {
                Matcher m = Pattern.compile(part.label.pattern().replace(":?$", "") + "\\s*:\\s*").matcher(line.text());
                if (m.lookingAt()) {
                    return Optional.of(Map.entry(part, m.end()));
                }
            }
            return Optional.empty();
        }
    }

    /** The first of {@code candidates} whose pattern matches the folded cell (whole, or anywhere). */
    private static <E> Optional<E> firstMatching(String cell, E[] candidates, java.util.function.Function<E, Pattern> pattern, boolean whole) {
        String f = Folded.fold(cell.replace('\n', ' ').strip());
        for (E candidate : candidates) {
            Matcher m = pattern.apply(candidate).matcher(f);
            if (whole ? m.matches() : m.find()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    CoverPage read(DocumentText text) {
        List<Line> lines = text.lines();
        int coverEnd = coverEnd(lines);
        List<Line> cover = lines.subList(0, coverEnd);

        Optional<Field<String>> code = Optional.empty();
        Optional<Field<Integer>> issue = Optional.empty();
        Optional<Field<LocalDate>> issueDate = Optional.empty();
        Optional<Field<LocalDate>> effective = Optional.empty();
        Optional<Field<String>> labelledTitle = Optional.empty();
        Optional<Field<String>> labelledBody = Optional.empty();
        for (Line line : cover) {
            for (String segment : line.segments()) {
                Folded f = new Folded(segment);
                code = code.or(() -> code(f));
                issue = issue.or(() -> issueNumber(f));
                issueDate = issueDate.or(() -> labelledDate(f, ISSUE_DATE));
                effective = effective.or(() -> labelledDate(f, EFFECTIVE));
                labelledTitle = labelledTitle.or(() -> labelled(f, TITLE_LABEL, 0.95));
                labelledBody = labelledBody.or(() -> labelled(f, BODY_LABEL, 0.95));
            }
        }
        Header header = header(cover);
        // Only a PDF has a table's wrapped cell text on rows of its own; a word processor keeps it in its cell.
        Map<Role, Signatory> signatories = signatories(cover, "application/pdf".equals(text.mediaType()));
        return new CoverPage(code, labelledTitle.or(() -> header.title), labelledBody.or(() -> header.body), issue, issueDate, effective,
                signatories.getOrDefault(Role.DRAFTED, Signatory.NONE), signatories.getOrDefault(Role.REVIEWED, Signatory.NONE),
                signatories.getOrDefault(Role.APPROVED, Signatory.NONE), amendments(lines));
    }

    private static int coverEnd(List<Line> lines) {
        int end = Math.min(lines.size(), MAX_COVER_LINES);
        for (int i = 1; i < end; i++) {
            Line line = lines.get(i);
            if (!line.isRow() && COVER_END.matcher(Folded.fold(line.text())).find()) {
                return i;
            }
        }
        return end;
    }

    // ---- labelled fields -----------------------------------------------------------------------------------------

    private static Pattern label(String words) {
        return Pattern.compile("(?:^|[\\s(|;,])(" + words + ")\\s*(?:[:.]\\s*)?");
    }

    /** The original text of a label's value: from after the label to the next label in the same segment. */
    private static Optional<String> value(Folded f, Pattern label) {
        Matcher m = f.matcher(label);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = m.end();
        Matcher next = ANY_LABEL.matcher(f.text());
        int end = f.text().length();
        if (next.find(start)) {
            end = next.start();
        }
        String value = f.originalOf(start, end).replaceAll("^[\\s:.]+|[\\s;,|]+$", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<Field<String>> code(Folded f) {
        return value(f, CODE).flatMap(value -> {
            Matcher token = CODE_TOKEN.matcher(value);
            if (!token.lookingAt() || token.group().chars().noneMatch(Character::isLetter)) {
                return Optional.empty();
            }
            String printed = token.group();
            String code = printed.toUpperCase(Locale.ROOT);
            if (!MODEL_CODE.matcher(code).matches()) {
                return Optional.empty();
            }
            double confidence = 0.95;
            if (!code.equals(printed)) {
                confidence -= 0.15;
            }
            if (!value.substring(printed.length()).isBlank()) {
                confidence -= 0.2;
            }
            return Optional.of(new Field<>(code, f.original(), confidence));
        });
    }

    private static Optional<Field<Integer>> issueNumber(Folded f) {
        Matcher m = f.matcher(ISSUE);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher number = ISSUE_VALUE.matcher(f.text().substring(m.end()));
        if (!number.lookingAt()) {
            return Optional.empty();
        }
        int issue = Integer.parseInt(number.group(1));
        return issue < 1 || issue > 99 ? Optional.empty() : Optional.of(new Field<>(issue, f.original(), 0.95));
    }

    private static Optional<Field<LocalDate>> labelledDate(Folded f, Pattern label) {
        return value(f, label).flatMap(v -> date(v).map(d -> new Field<>(d, f.original(), 0.95)));
    }

    private static Optional<Field<String>> labelled(Folded f, Pattern label, double confidence) {
        Matcher m = f.matcher(label);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String value = f.originalFrom(m.end()).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(new Field<>(value, f.original(), confidence));
    }

    /** dd/MM/yyyy (or with . or -) or "ngày 15 tháng 3 năm 2024", at the start of the text; an impossible date is none. */
    static Optional<LocalDate> date(String text) {
        String f = Folded.fold(text.strip());
        for (Pattern p : List.of(NUMERIC_DATE, WORDS_DATE)) {
            Matcher m = p.matcher(f);
            if (m.lookingAt()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    // ---- header: issuing body and title ------------------------------------------------------------------------

    private record Header(Optional<Field<String>> body, Optional<Field<String>> title) {
    }

    /** A title runs over at most this many lines: the kind on its own line, then up to five lines of words. */
    private static final int MAX_TITLE_LINES = 6;

    /**
     * The issuing body is the last organisation of the header (the first names the superior body: ỦY BAN NHÂN DÂN
     * TỈNH ..., then ỦY BAN NHÂN DÂN PHƯỜNG ...); the title is the unlabelled text after it, before the first label or table.
     */
    private static Header header(List<Line> cover) {
        List<List<String>> bodies = new ArrayList<>();
        Optional<Field<String>> title = Optional.empty();
        List<String> titleLines = new ArrayList<>();
        int titleColumn = -1;
        int continuedTitle = 0;
        boolean bodyBelow = false;
        List<DocumentText.Style> titleStyles = new ArrayList<>();
        int notes = 0;
        for (Line line : cover) {
            if (line.isRow()) {
                if (!titleLines.isEmpty() || Role.ofCell(line.cell(0)).isPresent() || line.cells().stream().anyMatch(c -> Role.ofCell(c).isPresent())) {
                    break;
                }
                // A header table: [organisation | title | code, issue ...]; in a PDF, one line of it per line of text,
                // so a title cell that goes on over the next line is continued in the same column.
                for (int c = 0; c < line.cells().size(); c++) {
                    String cell = line.cells().get(c);
                    List<String> paragraphs = List.of(cell.split("\n"));
                    if (organisations(paragraphs, bodies)) {
                        continue;
                    }
                    String joined = String.join(" ", paragraphs).strip();
                    if (!isTitleText(joined)) {
                        continue;
                    }
                    if (title.isEmpty()) {
                        title = Optional.of(new Field<>(joined, cell.replace('\n', ' '), 0.7));
                        titleColumn = c;
                    } else if (c == titleColumn && continuedTitle < 2) {
                        Field<String> t = title.get();
                        title = Optional.of(new Field<>(t.value() + " " + joined, t.source() + " " + joined, 0.65));
                        continuedTitle++;
                    }
                }
                continue;
            }
            String text = line.text();
            Folded f = new Folded(text);
            if (MOTTO.matcher(f.text()).find() || (titleLines.isEmpty() && BANNER.matcher(f.text()).find())) {
                if (!titleLines.isEmpty()) {
                    break;
                }
                continue;
            }
            if (titleLines.isEmpty() && organisations(List.of(text), bodies)) {
                continue;
            }
            // The issuing body set below the title: the title ends where it begins.
            int known = bodies.size();
            if (!titleLines.isEmpty() && (bodyBelow || ORGANISATION.matcher(text.strip().toLowerCase(VIETNAMESE)).lookingAt())
                    && organisations(List.of(text), bodies)) {
                bodyBelow = bodyBelow || bodies.size() > known;
                continue;
            }
            // Past a note set apart from the title by its type, an issuing body may still follow (above); nothing else.
            if (notes > 0) {
                if (bodyBelow || !isTitleText(text) || notes == 2) {
                    break;
                }
                notes++;
                continue;
            }
            if (bodyBelow || !isTitleText(text) || titleLines.size() == MAX_TITLE_LINES) {
                break;
            }
            if (!titleLines.isEmpty() && endsTitle(titleStyles, line.style())) {
                notes = 1;
                continue;
            }
            titleLines.add(text);
            titleStyles.add(line.style());
        }
        if (title.isEmpty() && !titleLines.isEmpty()) {
            String joined = String.join(" ", titleLines);
            boolean upper = joined.equals(joined.toUpperCase(Locale.ROOT));
            // Set in bold, as titles are: surer that these lines are the title.
            boolean bold = titleStyles.stream().allMatch(s -> s.known() && s.bold());
            title = Optional.of(new Field<>(joined, String.join("\n", titleLines), (upper ? 0.75 : 0.65) + (bold ? 0.05 : 0)));
        }
        Optional<Field<String>> body = Optional.empty();
        if (!bodies.isEmpty()) {
            List<String> last = bodies.get(bodies.size() - 1);
            String name = String.join(" ", last);
            boolean upper = name.equals(name.toUpperCase(Locale.ROOT));
            body = Optional.of(new Field<>(name, String.join("\n", last), upper ? 0.85 : 0.75));
        }
        return new Header(body, title);
    }

    /** Adds the organisations among these lines (an administrative unit on its own line continues the one above). */
    private static boolean organisations(List<String> lines, List<List<String>> bodies) {
        boolean any = false;
        for (String line : lines) {
            String f = Folded.fold(line.strip());
            if (f.isEmpty() || MOTTO.matcher(f).find()) {
                continue;
            }
            if (ORGANISATION.matcher(line.strip().toLowerCase(VIETNAMESE)).lookingAt() && !ANY_LABEL.matcher(f).lookingAt()) {
                bodies.add(new ArrayList<>(List.of(line.strip())));
                any = true;
            } else if (!bodies.isEmpty() && ADMIN_UNIT.matcher(f).lookingAt() && isBareOrganisation(bodies.get(bodies.size() - 1))) {
                bodies.get(bodies.size() - 1).add(line.strip());
                any = true;
            } else {
                return false;
            }
        }
        return any;
    }

    private static boolean isBareOrganisation(List<String> body) {
        return body.size() == 1 && Folded.fold(body.get(0)).matches("uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd");
    }

    /**
     * Whether a line's type ends the title above it, where the format tells how lines are set: a plain line after a
     * bold title (a subtitle, a note "(Ban hành kèm theo Quyết định ...)"), or a plain line in much smaller type.
     */
    private static boolean endsTitle(List<DocumentText.Style> title, DocumentText.Style next) {
        if (!next.known() || next.bold()) {
            return false;
        }
        if (title.stream().allMatch(s -> s.known() && s.bold())) {
            return true;
        }
        float last = title.get(title.size() - 1).size();
        return last > 0 && next.size() > 0 && next.size() < last * 0.8f;
    }

    private static boolean isTitleText(String text) {
        Folded f = new Folded(text);
        if (text.length() > 200 || text.codePoints().filter(Character::isLetter).count() < 3) {
            return false;
        }
        return !ANY_LABEL.matcher(f.text()).find() && !TITLE_LABEL.matcher(f.text()).lookingAt() && !BODY_LABEL.matcher(f.text()).lookingAt()
                && date(text).isEmpty() && Role.ofCell(text).isEmpty() && roleLine(f).isEmpty() && Part.ofLine(f).isEmpty()
                && !MOTTO.matcher(f.text()).find();
    }

    // ---- Soạn thảo / Xem xét / Phê duyệt ---------------------------------------------------------------------------

    private static final class SignatoryBuilder {
        Optional<Field<String>> name = Optional.empty();
        Optional<Field<String>> title = Optional.empty();
        Optional<Field<LocalDate>> date = Optional.empty();

        void set(Part part, String value, String source, double confidence) {
            String v = value.strip();
            if (v.isEmpty()) {
                return;
            }
            switch (part) {
                case NAME -> name = name.or(() -> Optional.of(new Field<>(v, source, looksLikeName(v) ? confidence : 0.6)));
                case TITLE -> title = title.or(() -> Optional.of(new Field<>(v, source, confidence)));
                case DATE -> date = date.or(() -> CoverPageReader.date(v).map(d -> new Field<>(d, source, confidence)));
                case SIGNATURE -> {
                    // a signature is not text
                }
            }
        }

        /** The rest of a name or title that ran over onto the next line. */
        void extend(Part part, String more) {
            String m = more.strip();
            if (m.isEmpty()) {
                return;
            }
            switch (part) {
                case NAME -> name = name.map(f -> new Field<>(f.value() + " " + m, f.source() + " " + m, f.confidence() - 0.1));
                case TITLE -> title = title.map(f -> new Field<>(f.value() + " " + m, f.source() + " " + m, f.confidence() - 0.1));
                default -> discard(part);
            }
        }

        void discard(Part part) {
            switch (part) {
                case NAME -> name = Optional.empty();
                case TITLE -> title = Optional.empty();
                case DATE -> date = Optional.empty();
                case SIGNATURE -> {
                    // nothing kept
                }
            }
        }

        Signatory build() {
            return new Signatory(name, title, date);
        }
    }

    private static Map<Role, Signatory> signatories(List<Line> cover, boolean wrappedRows) {
        Map<Role, SignatoryBuilder> found = new EnumMap<>(Role.class);
        for (int i = 0; i < cover.size(); i++) {
            Line line = cover.get(i);
            if (line.isRow() && line.cells().stream().filter(c -> Role.ofCell(c).isPresent()).count() >= 2) {
                columns(cover, i, found, wrappedRows);
                break;
            }
            if (line.isRow() && Role.ofCell(line.cell(0)).isPresent()) {
                rowsByRole(cover, i, found);
                break;
            }
        }
        if (found.isEmpty()) {
            labelledSignatories(cover, found);
        }
        Map<Role, Signatory> result = new EnumMap<>(Role.class);
        found.forEach((role, b) -> {
            Signatory s = b.build();
            if (!s.isEmpty()) {
                result.put(role, s);
            }
        });
        return result;
    }

    /** Roles as columns: a header row of roles, then rows "Họ và tên | ... ", "Chức danh | ...", "Ngày | ...". */
    private static void columns(List<Line> cover, int headerAt, Map<Role, SignatoryBuilder> found, boolean wrappedRows) {
        Line header = cover.get(headerAt);
        Map<Integer, Role> roles = new LinkedHashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            int column = c;
            Role.ofCell(header.cell(c)).ifPresent(r -> roles.put(column, r));
        }
        boolean leadingLabelCell = !roles.containsKey(0);
        Part last = null;
        for (int i = headerAt + 1; i < Math.min(cover.size(), headerAt + 10); i++) {
            Line row = cover.get(i);
            if (!row.isRow()) {
                // e.g. "Ký tên" whose cells are empty: in a PDF, a line of its own
                if (Part.ofCell(row.text()).isPresent()) {
                    continue;
                }
                break;
            }
            Optional<Part> part = Part.ofCell(row.cell(0));
            if (part.isEmpty()) {
                // In a PDF, text that wraps inside the cells of the row above comes as a row of its own: continued where
                // each role's column has its line, and otherwise (some cells did not wrap) not guessed at but dropped.
                if (wrappedRows && last != null && Role.ofCell(row.cell(0)).isEmpty()) {
                    boolean aligned = row.cells().size() == roles.size();
                    int k = 0;
                    for (Role role : roles.values()) {
                        SignatoryBuilder b = found.computeIfAbsent(role, r -> new SignatoryBuilder());
                        if (aligned) {
                            b.extend(last, row.cell(k++));
                        } else {
                            b.discard(last);
                        }
                    }
                }
                last = null;
                continue;
            }
            last = part.get();
            // Cells line up with the header's, or the header lacks the (empty) corner cell; anything else is not guessed at.
            int shift;
            if (row.cells().size() == header.cells().size() && leadingLabelCell) {
                shift = 0;
            } else if (!leadingLabelCell && row.cells().size() == header.cells().size() + 1) {
                shift = 1;
            } else {
                continue;
            }
            for (Map.Entry<Integer, Role> column : roles.entrySet()) {
                String value = row.cell(column.getKey() + shift);
                found.computeIfAbsent(column.getValue(), r -> new SignatoryBuilder())
                        .set(part.get(), value, row.cell(0) + ": " + value, 0.9);
            }
        }
    }

    /** Roles as rows: "Soạn thảo | name | title | date", with or without a header row naming the columns. */
    private static void rowsByRole(List<Line> cover, int firstAt, Map<Role, SignatoryBuilder> found) {
        Map<Integer, Part> parts = new LinkedHashMap<>();
        if (firstAt > 0 && cover.get(firstAt - 1).isRow()) {
            Line header = cover.get(firstAt - 1);
            // The corner cell is empty; in a PDF it is not there at all, and the header's cells start one column left.
            int shift = Part.ofCell(header.cell(0)).isPresent() ? 1 : 0;
            for (int c = 1 - shift; c < header.cells().size(); c++) {
                int column = c + shift;
                Part.ofCell(header.cell(c)).ifPresent(p -> parts.put(column, p));
            }
        }
        for (int i = firstAt; i < Math.min(cover.size(), firstAt + 6); i++) {
            Line row = cover.get(i);
            Optional<Role> role = row.isRow() ? Role.ofCell(row.cell(0)) : Optional.empty();
            if (role.isEmpty()) {
                break;
            }
            SignatoryBuilder b = found.computeIfAbsent(role.get(), r -> new SignatoryBuilder());
            for (int c = 1; c < row.cells().size(); c++) {
                String value = row.cell(c);
                Part part = parts.get(c);
                if (part == null) {
                    // Without a header: the name first, then the title; a date is recognised as one.
                    part = date(value).isPresent() ? Part.DATE : c == 1 ? Part.NAME : c == 2 ? Part.TITLE : null;
                }
                if (part != null) {
                    b.set(part, value, row.text().replace('\t', ' '), parts.isEmpty() ? 0.8 : 0.9);
                }
            }
        }
    }

    /** "Người soạn thảo: Đỗ Thị Sương, Chuyên viên, 10/03/2024", or a role line followed by "Họ và tên: ...", "Chức danh: ...". */
    private static void labelledSignatories(List<Line> cover, Map<Role, SignatoryBuilder> found) {
        Role current = null;
        for (Line line : cover) {
            if (line.isRow()) {
                current = null;
                continue;
            }
            Folded f = new Folded(line.text());
            Optional<Map.Entry<Role, Integer>> role = roleLine(f);
            if (role.isPresent()) {
                current = role.get().getKey();
                SignatoryBuilder b = found.computeIfAbsent(current, r -> new SignatoryBuilder());
                String rest = f.originalFrom(role.get().getValue()).strip();
                if (!rest.isEmpty()) {
                    inline(rest, line.text(), b);
                }
                continue;
            }
            Optional<Map.Entry<Part, Integer>> part = Part.ofLine(f);
            if (current != null && part.isPresent()) {
                found.get(current).set(part.get().getKey(), f.originalFrom(part.get().getValue()), line.text(), 0.9);
                continue;
            }
            current = null;
        }
    }

    /** "Đỗ Thị Sương, Trưởng phòng Kinh tế, Hạ tầng và Đô thị, 10/03/2024": the name, then the title, and a date at the end. */
    private static void inline(String rest, String source, SignatoryBuilder b) {
        String text = rest;
        Matcher trailingDate = Pattern.compile("[,;–—-]\\s*((?:ngày\\s*)?\\d{1,2}\\s*(?:[/.-]\\s*\\d{1,2}\\s*[/.-]|tháng\\s*\\d{1,2}\\s*năm)\\s*\\d{4})\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        if (trailingDate.find()) {
            b.set(Part.DATE, trailingDate.group(1), source, 0.85);
            text = text.substring(0, trailingDate.start()).strip();
        }
        // The name ends at the first comma or dash set apart by spaces (en or em dash: a hyphen occurs in unit names).
        Matcher separator = Pattern.compile(",|\\s[–—]\\s").matcher(text);
        boolean more = separator.find();
        String name = more ? text.substring(0, separator.start()) : text;
        b.set(Part.NAME, name, source, 0.85);
        if (more) {
            b.set(Part.TITLE, text.substring(separator.end()).strip(), source, 0.8);
        }
    }

    private static Optional<Map.Entry<Role, Integer>> roleLine(Folded f) {
        for (Role role : Role.values()) {
            Matcher m = role.line.matcher(f.text());
            if (m.matches()) {
                return Optional.of(Map.entry(role, m.group(4) == null ? f.text().length() : m.start(4)));
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !w.codePoints().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    // ---- Theo dõi tình trạng sửa đổi ------------------------------------------------------------------------------

    private enum Column {
        REVISION("^(lan sua doi|lan sua|lan ban hanh|phien ban)"), DATE("^ngay"), LOCATION("^(vi tri|trang|muc|dieu)"),
        CONTENT("^(noi dung|tom tat|mo ta)"), NO("^(stt|tt|so tt|so thu tu)\\b");

        final Pattern header;

        Column(String regex) {
            header = Pattern.compile(regex);
        }

        static Optional<Column> of(String cell) {
            return firstMatching(cell, values(), c -> c.header, false);
        }
    }

    private static List<Amendment> amendments(List<Line> lines) {
        int limit = Math.min(lines.size(), MAX_AMENDMENT_LINES);
        for (int i = 0; i < limit; i++) {
            String f = Folded.fold(lines.get(i).text());
            if (!f.contains("theo doi tinh trang sua doi") && !f.contains("theo doi sua doi") && !f.contains("tinh trang sua doi tai lieu")) {
                continue;
            }
            for (int h = i + (lines.get(i).isRow() ? 0 : 1); h < Math.min(limit, i + 4); h++) {
                Line header = lines.get(h);
                Map<Integer, Column> columns = new LinkedHashMap<>();
                for (int c = 0; c < header.cells().size(); c++) {
                    int column = c;
                    Column.of(header.cell(c)).filter(k -> !columns.containsValue(k)).ifPresent(k -> columns.put(column, k));
                }
                if (columns.size() >= 3) {
                    return rows(lines, h, columns);
                }
            }
        }
        return List.of();
    }

    private static List<Amendment> rows(List<Line> lines, int headerAt, Map<Integer, Column> columns) {
        int width = lines.get(headerAt).cells().size();
        List<Amendment> found = new ArrayList<>();
        for (int i = headerAt + 1; i < Math.min(lines.size(), headerAt + 100); i++) {
            Line row = lines.get(i);
            if (!row.isRow()) {
                break;
            }
            if (row.cells().size() != width) {
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            columns.forEach((c, column) -> {
                String v = row.cell(c);
                if (!v.isEmpty() && !v.matches("[-–—.…_\\s]+")) {
                    cells.put(column, v);
                }
            });
            if (cells.keySet().stream().allMatch(c -> c == Column.NO)) {
                continue; // an empty template row
            }
            Optional<LocalDate> date = Optional.ofNullable(cells.get(Column.DATE)).flatMap(CoverPageReader::date);
            double confidence = cells.containsKey(Column.DATE) && date.isEmpty() ? 0.7 : 0.9;
            found.add(new Amendment(Optional.ofNullable(cells.get(Column.NO)), date, Optional.ofNullable(cells.get(Column.LOCATION)),
                    Optional.ofNullable(cells.get(Column.CONTENT)), Optional.ofNullable(cells.get(Column.REVISION)),
                    row.text().replace('\t', '|'), confidence));
        }
        return found;
    }
}
