package vn.wardqms.platform.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;

/**
 * A destruction dossier (Luật Lưu trữ 2024, TT 06/2025/TT-BNV) is the quality secretary's to complete while its
 * decision is RECORDED; once the decision is being carried out it is kept as it was decided on: its documents are not
 * changed, replaced or deleted and no document is linked or unlinked, but by the QMS service (an administrator's
 * change is written to the records audit register).
 */
class DossierIntegrityTest extends RecordsSite {
    StandInNode dossiers;
    StandInNode minutes;
    StandInNode appraisal;

    @BeforeEach
    void dossierFolder() {
        StandInNode records = library.childByNamePath("Hồ sơ");
        dossiers = repository.folder(records, "Hồ sơ xét hủy tài liệu");
        repository.grant(dossiers, "GROUP_WARDQMS_SECRETARY", "Coordinator");
        minutes = dossierDocument("Biên bản họp Hội đồng.pdf", "COUNCIL_MINUTES", Map.of("qms:dossierOutcome", "AGREED",
                "qms:dossierAttendees", List.of("Nguyễn Hoạt", "Phạm Thị Thu")));
        appraisal = dossierDocument("Văn bản thẩm định.pdf", "APPRAISAL_OPINION", Map.of("qms:dossierNumber", "112/SNV-VTLT",
                "qms:dossierIssuer", "Sở Nội vụ", "qms:dossierOutcome", "AGREED"));
    }

    private StandInNode dossierDocument(String name, String part, Map<String, Object> more) {
        return repository.as("thu", () -> {
            java.util.Map<String, Object> p = new java.util.HashMap<>(more);
            p.put("qms:dossierPart", part);
            p.put("qms:dossierDate", new Date());
            p.put("cm:title", name);
            StandInNode doc = repository.create(dossiers, "qms:dossierDocument", name, p);
            repository.writeContent(doc, "nội dung " + name);
            return doc;
        });
    }

    @Test
    void whileTheDecisionIsRecordedTheSecretaryCompletesItsDossier() {
        close(file);
        StandInNode recorded = recorded("thu", decisions, "15/QĐ-UBND", "DESTROY", file);
        repository.as("thu", () -> {
            recorded.createAssociation(minutes, "qms:decisionDossier");
            recorded.createAssociation(appraisal, "qms:decisionDossier");
            recorded.removeAssociation(appraisal, "qms:decisionDossier");
            repository.updateProperties(minutes, Map.of("qms:dossierAttendees", List.of("Nguyễn Hoạt", "Phạm Thị Thu", "Lê Văn Minh")));
            return null;
        });
        assertThat(recorded.targets("qms:decisionDossier")).containsExactly(minutes);
        assertThat(register()).isEmpty();
    }

    @Test
    void onceTheDecisionIsBeingCarriedOutItsDossierIsKeptAsDecidedOn() {
        close(file);
        StandInNode recorded = recorded("thu", decisions, "15/QĐ-UBND", "DESTROY", file);
        repository.as("thu", () -> recorded.createAssociation(minutes, "qms:decisionDossier"));
        StandInNode executing = carriedOut(recorded, file);

        assertThatThrownBy(in(repository, "thu", () -> executing.createAssociation(appraisal, "qms:decisionDossier"))::run)
                .hasMessageContaining("You may not change the destruction dossier of a decision being or having been carried out"
                        + " (qms:decisionDossier) of 'Quyết định 15-QĐ-UBND'")
                .hasMessageContaining("Bạn không được thay đổi hồ sơ hủy tài liệu của quyết định đang hoặc đã được thực hiện");
        assertThatThrownBy(in(repository, "thu", () -> executing.removeAssociation(minutes, "qms:decisionDossier"))::run)
                .hasMessageContaining("(qms:decisionDossier)");
        assertThatThrownBy(in(repository, "thu", () -> repository.updateProperties(minutes, Map.of("qms:dossierOutcome", "NOT_AGREED")))::run)
                .hasMessageContaining("You may not change a document of the destruction dossier of Quyết định 15-QĐ-UBND (qms:dossierOutcome)"
                        + " of 'Biên bản họp Hội đồng.pdf'")
                .hasMessageContaining("Bạn không được thay đổi văn bản trong hồ sơ hủy tài liệu của Quyết định 15-QĐ-UBND");
        assertThatThrownBy(in(repository, "thu", () -> repository.writeContent(minutes, "biên bản khác"))::run)
                .hasMessageContaining("(its content)");
        assertThatThrownBy(in(repository, "thu", () -> repository.delete(minutes))::run)
                .hasMessageContaining("(deleting it)");

        assertThat(executing.targets("qms:decisionDossier")).containsExactly(minutes);
        assertThat(minutes.property("qms:dossierOutcome")).isEqualTo("AGREED");
        assertThat(minutes.property("cm:content")).isEqualTo("nội dung Biên bản họp Hội đồng.pdf");
        assertThat(minutes.exists()).isTrue();
        // A document in no decision's dossier, or in a recorded one's only, is still the secretary's.
        in(repository, "thu", () -> repository.updateProperties(appraisal, Map.of("qms:dossierNumber", "113/SNV-VTLT"))).run();
        assertThat(appraisal.property("qms:dossierNumber")).isEqualTo("113/SNV-VTLT");
    }

    @Test
    void anAdministratorsChangeToAFixedDossierIsWrittenToTheRegister() {
        close(file);
        StandInNode recorded = recorded("thu", decisions, "15/QĐ-UBND", "DESTROY", file);
        repository.as("thu", () -> recorded.createAssociation(minutes, "qms:decisionDossier"));
        carriedOut(recorded, file);
        in(repository, "admin", () -> repository.updateProperties(minutes, Map.of("qms:dossierDate", new Date(0)))).run();
        assertThat(register()).anySatisfy(entry -> assertThat(entry.property("qms:auditEvent")).isEqualTo("ADMIN_CHANGE"));
    }
}
