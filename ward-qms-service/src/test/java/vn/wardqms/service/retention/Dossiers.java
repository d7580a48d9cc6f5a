package vn.wardqms.service.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.provisioning.SiteLayout;

/**
 * A decision as the 2024 procedure has it, recorded by the quality secretary: signed by the ward's chairperson (a
 * competent person in the tests' configuration) and, for a destruction, its dossier in Hồ sơ/Hồ sơ xét hủy tài liệu
 * — the council formed 20 days before the decision, its minutes 10 days before (the members present, agreed), the
 * appraisal opinion 5 days before (agreed), the explanatory note 12 days before.
 */
final class Dossiers {
    static final String AUTHORITY = "Ủy ban nhân dân phường Bắc Cam Ranh";

    private Dossiers() {
    }

    static void sign(FakeAcs.FakeNode decision) {
        decision.properties.put("qms:decisionSignerName", "Lê Văn Minh");
        decision.properties.put("qms:decisionSignerTitle", "Chủ tịch");
        decision.properties.put("qms:decisionAuthority", AUTHORITY);
    }

    /** The four parts, linked to the decision; by part name. */
    static Map<String, FakeAcs.FakeNode> complete(FakeAcs.Repository repo, String library, String by, FakeAcs.FakeNode decision, LocalDate decided) {
        FakeAcs.FakeNode folder = repo.resolve(library, SiteLayout.RECORDS + "/" + SiteLayout.DOSSIERS);
        Map<String, FakeAcs.FakeNode> parts = new LinkedHashMap<>();
        parts.put("COUNCIL_FORMATION", part(repo, folder, by, "QĐ thành lập Hội đồng.pdf", "COUNCIL_FORMATION", "07/QĐ-UBND", decided.minusDays(20)));
        FakeAcs.FakeNode minutes = part(repo, folder, by, "Biên bản họp Hội đồng.pdf", "COUNCIL_MINUTES", null, decided.minusDays(10));
        minutes.properties.put("qms:dossierOutcome", "AGREED");
        minutes.properties.put("qms:dossierAttendees", new ArrayList<>(List.of("Nguyễn Hoạt", "Đỗ Thị Sương")));
        parts.put("COUNCIL_MINUTES", minutes);
        FakeAcs.FakeNode appraisal = part(repo, folder, by, "Văn bản thẩm định.pdf", "APPRAISAL_OPINION", "112/SNV-VTLT", decided.minusDays(5));
        appraisal.properties.put("qms:dossierIssuer", "Sở Nội vụ tỉnh Khánh Hòa");
        appraisal.properties.put("qms:dossierOutcome", "AGREED");
        parts.put("APPRAISAL_OPINION", appraisal);
        parts.put("EXPLANATORY_NOTE", part(repo, folder, by, "Bản thuyết minh.docx", "EXPLANATORY_NOTE", null, decided.minusDays(12)));
        parts.values().forEach(p -> link(decision, p));
        return parts;
    }

    static void link(FakeAcs.FakeNode decision, FakeAcs.FakeNode part) {
        decision.targets.computeIfAbsent("qms:decisionDossier", t -> new ArrayList<>()).add(part.id);
    }

    static void unlink(FakeAcs.FakeNode decision, FakeAcs.FakeNode part) {
        decision.targets.getOrDefault("qms:decisionDossier", new ArrayList<>()).remove(part.id);
    }

    static FakeAcs.FakeNode part(FakeAcs.Repository repo, FakeAcs.FakeNode folder, String by, String name, String part, String number, LocalDate date) {
        FakeAcs.FakeNode doc = repo.add(folder.id, name, "qms:dossierDocument");
        doc.createdBy = by;
        doc.properties.put("qms:dossierPart", part);
        if (number != null) {
            doc.properties.put("qms:dossierNumber", number);
        }
        doc.properties.put("qms:dossierDate", date.toString());
        return doc;
    }
}
