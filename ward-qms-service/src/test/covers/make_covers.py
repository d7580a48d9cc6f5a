#!/usr/bin/env python3
"""Writes the cover corpus: Vietnamese ISO document covers as a ward's staff type them, each as HTML for
LibreOffice to turn into DOCX, DOC, ODT and PDF (CoverCorpus does, at build time), with what a person reading
the cover would note down (NAME.expected, one field=value per line).

The corpus varies what real covers vary: the two-column header beside the national motto, an issuing body above,
beside or below the title, two-level bodies, the document kind on its own line, titles over two or three lines,
long titles wrapped in a narrow cell, roles as columns or as rows, a row of dates, merged cells, the signature block
at the foot, amendment tables before or after it, long job titles, label spellings and date styles.

  python3 make_covers.py unseen    # the covers the reader is measured on and never tuned to: written once, frozen
  python3 make_covers.py fixtures  # the covers the reader may be developed against

Each set is drawn from its own seed, so re-running reproduces it byte for byte; the unseen set is also checked
against unseen/FROZEN.sha256 by the build, so it cannot drift.
"""
import hashlib
import html
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "covers")

WARDS = ["BẮC CAM RANH", "CAM LINH", "BA NGÒI", "CAM NGHĨA", "PHƯỚC LONG", "TÂY NHA TRANG", "BẮC NHA TRANG", "NINH HÒA"]
PROVINCES = ["KHÁNH HÒA", "NINH THUẬN", "PHÚ YÊN"]
DEPARTMENTS = ["VĂN PHÒNG HĐND VÀ UBND", "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "PHÒNG VĂN HÓA - XÃ HỘI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"]
KINDS = {  # kind word → code prefix
    "QUY TRÌNH": "QT", "HƯỚNG DẪN": "HD", "KẾ HOẠCH": "KH", "BIỂU MẪU": "BM", "QUY ĐỊNH": "QĐ", "CHÍNH SÁCH": "CS",
}
SUBJECTS = [
    "KIỂM SOÁT TÀI LIỆU", "KIỂM SOÁT HỒ SƠ", "ĐÁNH GIÁ NỘI BỘ", "XEM XÉT CỦA LÃNH ĐẠO", "HÀNH ĐỘNG KHẮC PHỤC",
    "TIẾP CÔNG DÂN VÀ XỬ LÝ ĐƠN THƯ KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH",
    "TIẾP NHẬN VÀ TRẢ KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI BỘ PHẬN MỘT CỬA",
    "QUẢN LÝ RỦI RO VÀ CƠ HỘI", "THEO DÕI, ĐO LƯỜNG MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN",
    "CẤP GIẤY PHÉP XÂY DỰNG NHÀ Ở RIÊNG LẺ", "CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH", "ĐĂNG KÝ KHAI SINH, KHAI TỬ",
    "QUẢN LÝ VĂN BẢN ĐI, VĂN BẢN ĐẾN", "KIỂM SOÁT ĐẦU RA KHÔNG PHÙ HỢP", "XÁC ĐỊNH BỐI CẢNH CỦA TỔ CHỨC",
]
PEOPLE = ["Đỗ Thị Sương", "Huỳnh Văn Hưng", "Nguyễn Hoạt", "Trần Văn An", "Lê Thị Bình", "Võ Minh Tâm", "Phạm Thu Hà",
          "Ngô Quốc Khánh", "Đặng Thị Mỹ Linh", "Bùi Đức Thắng", "Hồ Ngọc Ánh", "Trương Công Định", "Lâm Thị Ngọc Hân",
          "Phan Văn Lộc", "Nguyễn Thị Kim Oanh", "Dương Minh Triết"]
DRAFTER_TITLES = ["Chuyên viên", "Chuyên viên Văn phòng HĐND và UBND", "Thư ký ISO", "Công chức Văn phòng - Thống kê",
                  "Công chức Tư pháp - Hộ tịch", "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị"]
REVIEWER_TITLES = ["Phó Trưởng phòng", "Chánh Văn phòng HĐND và UBND", "Phó Trưởng phòng Văn hóa - Xã hội",
                   "Trưởng phòng Kinh tế, Hạ tầng và Đô thị", "Phó Giám đốc Trung tâm Phục vụ hành chính công", "Đại diện lãnh đạo về chất lượng"]
APPROVER_TITLES = ["Chủ tịch UBND", "Chủ tịch UBND phường", "Phó Chủ tịch UBND phường", "Chủ tịch Ủy ban nhân dân phường"]
BODY = ("<p><b>1. MỤC ĐÍCH</b></p><p>Quy định cách thức thực hiện theo QT-05 và các biểu mẫu có mã hiệu: BM-01/QT-05, ban hành lần 4.</p>"
        "<p><b>2. PHẠM VI ÁP DỤNG</b></p><p>Áp dụng cho các bộ phận thuộc UBND phường; ngày ban hành: 01/01/2020 của QT-05 không thuộc tài liệu này.</p>")


def esc(s):
    return html.escape(s, quote=False)


class Cover:
    """One cover: HTML pieces in order, and the ground truth."""

    def __init__(self, rng, name):
        self.rng = rng
        self.name = name
        self.parts = []
        self.expected = {}

    def pick(self, seq):
        return self.rng.choice(seq)

    def date(self, year=None):
        year = year or self.rng.choice([2023, 2024, 2025, 2026])
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        return year, month, day

    def show_date(self, d, style):
        y, m, dd = d
        if style == 0:
            return f"{dd:02d}/{m:02d}/{y}"
        if style == 1:
            return f"ngày {dd} tháng {m} năm {y}"
        if style == 2:
            return f"{dd}/{m}/{y}"
        return f"{dd:02d}-{m:02d}-{y}"

    @staticmethod
    def iso(d):
        return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


def make(rng, name, extras=None):
    """extras: a second random source for what only the fixtures have (so the unseen set stays as it was frozen)."""
    c = Cover(rng, name)
    ward = c.pick(WARDS)
    kind = c.pick(list(KINDS))
    subject = c.pick(SUBJECTS)
    number = rng.randint(1, 19)
    code = f"{KINDS[kind]}-{number:02d}" if kind != "BIỂU MẪU" else f"BM-{rng.randint(1, 9):02d}/QT-{number:02d}"
    if rng.random() < 0.2 and kind != "BIỂU MẪU":
        code = f"{KINDS[kind]}-ISO-{number:02d}"
    issue = rng.randint(1, 5)
    issued = c.date()
    effective = (issued[0], issued[1], min(28, issued[2] + rng.randint(0, 7)))
    date_style = rng.randint(0, 3)
    upper_body = rng.random() < 0.7
    ward_body = ("ỦY BAN NHÂN DÂN", f"PHƯỜNG {ward}") if upper_body else ("Ủy ban nhân dân", f"phường {ward.title()}")
    body_lines = list(ward_body)
    expected_body = " ".join(body_lines)
    header = rng.choice(["motto-two-column", "stacked", "beside-title", "below-title", "two-level", "department", "abbreviated"])
    if header == "two-level":
        body_lines = [f"UBND TỈNH {c.pick(PROVINCES)}", f"ỦY BAN NHÂN DÂN PHƯỜNG {ward}"]
        expected_body = body_lines[1]
    elif header == "department":
        dept = c.pick(DEPARTMENTS)
        body_lines = [f"UBND PHƯỜNG {ward}", dept]
        expected_body = dept
    elif header == "abbreviated":
        body_lines = [f"UBND PHƯỜNG {ward}"]
        expected_body = body_lines[0]

    # The title: the kind and the subject, as a person would write them down.
    title_style = rng.choice(["kind-own-line", "one-line", "two-lines", "three-lines", "mixed-case"])
    words = subject.split(" ")
    if title_style == "kind-own-line":
        title_html = [f"<p style=\"text-align:center;font-size:22pt\"><b>{esc(kind)}</b></p>",
                      f"<p style=\"text-align:center;font-size:15pt\"><b>{esc(subject)}</b></p>"]
        expected_title = f"{kind} {subject}"
    elif title_style == "one-line":
        title_html = [f"<p style=\"text-align:center;font-size:16pt\"><b>{esc(kind)} {esc(subject)}</b></p>"]
        expected_title = f"{kind} {subject}"
    elif title_style == "two-lines":
        half = max(1, len(words) // 2)
        title_html = [f"<p style=\"text-align:center;font-size:16pt\"><b>{esc(kind)} {esc(' '.join(words[:half]))}<br>{esc(' '.join(words[half:]))}</b></p>"]
        expected_title = f"{kind} {subject}"
    elif title_style == "three-lines":
        third = max(1, len(words) // 3)
        lines = [" ".join(words[:third]), " ".join(words[third:2 * third]), " ".join(words[2 * third:])]
        lines = [l for l in lines if l]
        title_html = [f"<p style=\"text-align:center;font-size:20pt\"><b>{esc(kind)}</b></p>",
                      "<p style=\"text-align:center;font-size:14pt\"><b>" + "<br>".join(esc(l) for l in lines) + "</b></p>"]
        expected_title = f"{kind} {subject}"
    else:
        sentence = subject[0] + subject[1:].lower()
        kind_case = kind[0] + kind[1:].lower()
        title_html = [f"<p style=\"text-align:center;font-size:18pt\"><b>{esc(kind_case)}</b></p>",
                      f"<p style=\"text-align:center;font-size:14pt\"><b>{esc(sentence)}</b></p>"]
        expected_title = f"{kind_case} {sentence}"

    code_label = c.pick(["Mã hiệu", "Mã số", "Ký hiệu", "Mã tài liệu", "MÃ HIỆU"])
    issue_label, issue_text = c.pick([("Lần ban hành", f"{issue:02d}"), ("Ban hành lần", str(issue)), ("Lần ban hành", str(issue)),
                                      ("LẦN BAN HÀNH", f"{issue:02d}")])
    info = [f"{code_label}: {code}", f"{issue_label}: {issue_text}",
            f"Ngày ban hành: {c.show_date(issued, date_style)}"]
    with_effective = rng.random() < 0.6
    if with_effective:
        info.append(f"Ngày hiệu lực: {c.show_date(effective, (date_style + 1) % 4)}")

    def body_cell():
        return "<br>".join(f"<b>{esc(l)}</b>" for l in body_lines)

    motto = "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b>"
    if header == "beside-title":
        wrap = " style=\"width:30%\"" if rng.random() < 0.5 else ""
        c.parts.append("<table border=\"1\" cellspacing=\"0\" style=\"width:100%\"><tr>"
                       f"<td style=\"text-align:center;width:28%\">{body_cell()}</td>"
                       f"<td style=\"text-align:center\"{wrap}><b>{esc(kind)}<br>{esc(subject)}</b></td>"
                       f"<td style=\"width:30%\">{'<br>'.join(esc(i) for i in info)}</td></tr></table>")
        expected_title = f"{kind} {subject}"
        info_done = True
    else:
        info_done = False
        if header in ("motto-two-column", "two-level", "department") and rng.random() < 0.8:
            c.parts.append("<table style=\"width:100%;border:none\"><tr>"
                           f"<td style=\"text-align:center;width:42%\">{body_cell()}</td>"
                           f"<td style=\"text-align:center\">{motto}</td></tr></table>")
        elif header == "below-title":
            pass
        else:
            c.parts.extend(f"<p style=\"text-align:center\"><b>{esc(l)}</b></p>" for l in body_lines)
        c.parts.extend(title_html)
        if extras is not None and extras.random() < 0.4:
            # A note under the title, set plain and in italics: not part of the title.
            c.parts.append(f"<p style=\"text-align:center\"><i>(Ban hành kèm theo Quyết định số {extras.randint(10, 99)}/QĐ-UBND"
                           " của Ủy ban nhân dân phường)</i></p>")
        if header == "below-title":
            c.parts.extend(f"<p style=\"text-align:center\"><b>{esc(l)}</b></p>" for l in body_lines)
    if not info_done:
        if rng.random() < 0.5:
            c.parts.extend(f"<p>{esc(i)}</p>" for i in info)
        else:
            c.parts.append("<table border=\"1\" cellspacing=\"0\"><tr>" + "".join(f"<td>{esc(i)}</td>" for i in info) + "</tr></table>")

    e = c.expected
    e["code"] = code
    e["title"] = expected_title
    e["issuingBody"] = expected_body
    e["issueNumber"] = str(issue)
    e["issueDate"] = Cover.iso(issued)
    if with_effective:
        e["effectiveDate"] = Cover.iso(effective)

    # The people and their table.
    people = rng.sample(PEOPLE, 3)
    titles = [c.pick(DRAFTER_TITLES), c.pick(REVIEWER_TITLES), c.pick(APPROVER_TITLES)]
    sign_dates = [c.date(issued[0]) for _ in range(3)]
    sign_dates = sorted(sign_dates)
    roles = ["draftedBy", "reviewedBy", "approvedBy"]
    role_words = ["Soạn thảo", "Xem xét", "Phê duyệt"]
    with_dates = rng.random() < 0.7
    three = rng.random() < 0.85
    if not three:  # drafted and approved only
        people, titles, sign_dates, roles, role_words = ([people[0], people[2]], [titles[0], titles[2]], [sign_dates[0], sign_dates[2]],
                                                         ["draftedBy", "approvedBy"], ["Soạn thảo", "Phê duyệt"])
    layout = rng.choice(["columns", "columns-merged-head", "rows", "columns-signature-row", "paragraphs"])
    sd = rng.randint(0, 3)
    if layout in ("columns", "columns-merged-head", "columns-signature-row"):
        rows = []
        if layout == "columns-merged-head":
            rows.append(f"<tr><td rowspan=\"2\"></td><td colspan=\"{len(roles)}\" style=\"text-align:center\"><b>Trách nhiệm</b></td></tr>")
        rows.append("<tr>" + ("" if layout == "columns-merged-head" else "<td></td>") + "".join(f"<td style=\"text-align:center\"><b>{w}</b></td>" for w in role_words) + "</tr>")
        rows.append("<tr><td>Họ và tên</td>" + "".join(f"<td>{esc(p)}</td>" for p in people) + "</tr>")
        rows.append("<tr><td>Chức danh</td>" + "".join(f"<td>{esc(t)}</td>" for t in titles) + "</tr>")
        if layout == "columns-signature-row":
            rows.append("<tr><td>Chữ ký</td>" + "".join("<td><br><br></td>" for _ in roles) + "</tr>")
        if with_dates:
            rows.append("<tr><td>Ngày</td>" + "".join(f"<td>{c.show_date(d, sd)}</td>" for d in sign_dates) + "</tr>")
        table = "<table border=\"1\" cellspacing=\"0\" style=\"width:100%\">" + "".join(rows) + "</table>"
    elif layout == "rows":
        head = "<tr><td></td><td><b>Họ và tên</b></td><td><b>Chức danh</b></td>" + ("<td><b>Ngày ký</b></td>" if with_dates else "") + "<td><b>Chữ ký</b></td></tr>"
        body = "".join(f"<tr><td><b>{w}</b></td><td>{esc(p)}</td><td>{esc(t)}</td>" + (f"<td>{c.show_date(d, sd)}</td>" if with_dates else "") + "<td></td></tr>"
                       for w, p, t, d in zip(role_words, people, titles, sign_dates))
        table = "<table border=\"1\" cellspacing=\"0\" style=\"width:100%\">" + head + body + "</table>"
    else:
        labels = {"Soạn thảo": "Người soạn thảo", "Xem xét": "Người xem xét", "Phê duyệt": "Người phê duyệt"}
        table = "".join(f"<p>{labels[w]}: {esc(p)}, {esc(t)}" + (f", {c.show_date(d, sd)}" if with_dates else "") + "</p>"
                        for w, p, t, d in zip(role_words, people, titles, sign_dates))
    for role, p, t, d in zip(roles, people, titles, sign_dates):
        e[f"{role}.name"] = p
        e[f"{role}.title"] = t
        if with_dates:
            e[f"{role}.date"] = Cover.iso(d)

    # An amendment table, before or after the signatures, or none.
    amendments = ""
    where = rng.choice(["none", "none", "before", "after"])
    if where != "none":
        n = rng.randint(1, 3)
        rows = ["<tr><td><b>STT</b></td><td><b>Ngày sửa đổi</b></td><td><b>Vị trí sửa đổi</b></td><td><b>Nội dung sửa đổi</b></td><td><b>Lần sửa đổi</b></td></tr>"]
        changes = ["Bổ sung bước lưu hồ sơ", "Cập nhật theo Nghị định 30", "Sửa biểu mẫu theo Luật Lưu trữ 2024", "Điều chỉnh thời gian giải quyết"]
        for i in range(n):
            d = c.date(issued[0] - 1 if issued[0] > 2023 else issued[0])
            where_text = c.pick(["Mục 5.2", "Trang 3", "Mục 6", "Phụ lục 1"])
            change = changes[i % len(changes)]
            rows.append(f"<tr><td>{i + 1}</td><td>{c.show_date(d, 0)}</td><td>{where_text}</td><td>{change}</td><td>{i + 1:02d}</td></tr>")
            p = f"amendments[{i}]."
            e[p + "no"] = str(i + 1)
            e[p + "date"] = Cover.iso(d)
            e[p + "location"] = where_text
            e[p + "content"] = change
            e[p + "revision"] = f"{i + 1:02d}"
        rows.append("<tr><td></td><td></td><td></td><td></td><td></td></tr>")
        amendments = "<p><b>THEO DÕI TÌNH TRẠNG SỬA ĐỔI</b></p><table border=\"1\" cellspacing=\"0\" style=\"width:100%\">" + "".join(rows) + "</table>"
    if where == "before":
        c.parts.append(amendments)
    if rng.random() < 0.3:  # the signature block at the foot of the cover, after a gap
        c.parts.append("<p><br></p><p><br></p><p><br></p>")
    c.parts.append(table)
    if where == "after":
        c.parts.append(amendments)
    return c


def write(which):
    seed = {"unseen": 20251204, "fixtures": 20261204}[which]
    rng = random.Random(seed)
    extras = random.Random(seed + 1) if which == "fixtures" else None
    folder = os.path.join(OUT, which)
    os.makedirs(folder, exist_ok=True)
    digests = []
    for i in range(1, 21):
        name = f"{which[0]}{i:02d}"
        cover = make(rng, name, extras)
        page = ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + name + "</title>"
                "<style>body{font-family:'DejaVu Serif','Times New Roman',serif;font-size:13pt}</style></head><body>\n"
                + "\n".join(cover.parts) + "\n" + BODY + "\n</body></html>\n")
        expected = "".join(f"{k}={v}\n" for k, v in cover.expected.items())
        for suffix, text in ((".html", page), (".expected", expected)):
            path = os.path.join(folder, name + suffix)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            digests.append(f"{hashlib.sha256(text.encode('utf-8')).hexdigest()}  {name}{suffix}\n")
    if which == "unseen":
        with open(os.path.join(folder, "FROZEN.sha256"), "w", encoding="utf-8", newline="\n") as f:
            f.writelines(digests)


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("unseen", "fixtures"):
        sys.exit("usage: make_covers.py unseen|fixtures")
    write(sys.argv[1])
