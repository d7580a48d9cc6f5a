package vn.wardqms.service.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.config.ClockConfiguration;

/**
 * Provisioning through the SDK's clients against a stand-in repository whose every request and response is checked
 * against the REST API definitions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false"})
class ProvisioningTest {
    static final FakeAcs acs = FakeAcs.start();
    static final int YEAR = LocalDate.now(ClockConfiguration.OFFICE_ZONE).getYear();

    @DynamicPropertySource
    static void repository(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("provisioning-test"));
    }

    @Autowired
    ProvisioningService service;

    @AfterEach
    void everyInteractionFollowedTheApiDefinitions() {
        assertThat(acs.violations()).isEmpty();
        acs.clear();
    }

    @AfterAll
    static void stop() {
        acs.close();
    }

    @Test
    void firstRunBuildsTheSiteAndASecondRunWritesNothing() {
        ProvisioningReport first = service.provision();
        assertThat(first.conflicts()).isEmpty();
        assertThat(first.writes()).contains("site ward-qms", "group GROUP_WARDQMS_UNIT_VHXH", "folder Dự thảo",
                "folder Hồ sơ/Phòng Văn hóa - Xã hội/" + YEAR, "rule 'ward-qms: draft' on Dự thảo");

        FakeAcs.Repository repo = acs.repository();
        assertThat(repo.sites.get("ward-qms").get("visibility").asText()).isEqualTo("PRIVATE");
        assertThat(repo.groupMembers.get("GROUP_WARDQMS_STAFF")).containsExactlyInAnyOrder("GROUP_WARDQMS_UNIT_VP",
                "GROUP_WARDQMS_UNIT_KTHTDT", "GROUP_WARDQMS_UNIT_VHXH", "GROUP_WARDQMS_UNIT_TTPVHCC");
        assertThat(repo.groupNames.get("GROUP_WARDQMS_UNIT_TTPVHCC")).isEqualTo("Trung tâm Phục vụ hành chính công");
        assertThat(repo.siteGroups.get("ward-qms")).containsEntry("GROUP_WARDQMS_SECRETARY", "SiteManager")
                .containsEntry("GROUP_WARDQMS_STAFF", "SiteConsumer");

        String library = repo.containers.get("ward-qms");
        FakeAcs.FakeNode obsolete = repo.resolve(library, "Tài liệu lỗi thời");
        assertThat(obsolete.inherit).as("the obsolete area is restricted").isFalse();
        assertThat(obsolete.locallySet).isEqualTo(Map.of("GROUP_WARDQMS_SECRETARY", "Coordinator", "GROUP_WARDQMS_APPROVERS", "Consumer"));
        FakeAcs.FakeNode unitRecords = repo.resolve(library, "Hồ sơ/Phòng Văn hóa - Xã hội");
        assertThat(unitRecords.inherit).isFalse();
        assertThat(unitRecords.locallySet).containsEntry("GROUP_WARDQMS_UNIT_VHXH", "Collaborator");
        assertThat(repo.resolve(library, "Tài liệu nội bộ/Quy trình")).isNotNull();

        List<ObjectNode> draftRules = repo.rules.get(repo.resolve(library, "Dự thảo").id);
        assertThat(draftRules).singleElement().satisfies(rule -> {
            assertThat(rule.get("triggers").toString()).isEqualTo("[\"inbound\"]");
            assertThat(rule.get("isEnabled").asBoolean()).isTrue();
            // Documents only, and never the lock and temporary files editors leave beside them (as the server answers:
            // the plain conditions in one group, the inverted ones in another).
            assertThat(rule.get("conditions").get("compositeConditions")).hasSize(2);
            assertThat(rule.get("conditions").get("compositeConditions").get(0).toString())
                    .contains("\"inverted\":false", "\"field\":\"type\"", "\"parameter\":\"cm:content\"");
            assertThat(rule.get("conditions").get("compositeConditions").get(1).toString())
                    .contains("\"inverted\":true", "\"parameter\":\"sys:temporary\"", "\"parameter\":\"sys:hidden\"");
            assertThat(rule.get("actions").toString()).contains("\"actionDefinitionId\":\"specialise-type\"",
                    "\"type-name\":\"qms:controlledDocument\"", "\"property\":\"qms:lifecycleState\"", "\"value\":\"DRAFT\"");
        });
        assertThat(repo.rules.get(repo.resolve(library, "Hồ sơ/Phòng Văn hóa - Xã hội/" + YEAR).id).get(0).get("actions").toString())
                .contains("qms:record", "\"value\":\"Phòng Văn hóa - Xã hội\"");

        int writesBefore = acs.writes();
        ProvisioningReport second = service.provision();
        assertThat(second.writes()).isEmpty();
        assertThat(second.conflicts()).isEmpty();
        assertThat(acs.writes()).as("requests that change something").isEqualTo(writesBefore);
        assertThat(second.unchangedCount()).isGreaterThan(first.writes().size() - 1);
    }

    @Test
    void conflictingStructureIsReportedAndLeftAsItIs() {
        FakeAcs.Repository repo = acs.repository();
        // Someone made a site by hand: a document where the obsolete area should be, drafts open to everyone,
        // the secretary's group under another name.
        repo.sites.put("ward-qms", (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("id", "ward-qms").put("guid", "g").put("title", "QMS").put("visibility", "PRIVATE"));
        repo.siteGroups.put("ward-qms", new java.util.LinkedHashMap<>());
        String library = repo.add("sites-ward-qms", "documentLibrary", "cm:folder").id;
        repo.containers.put("ward-qms", library);
        repo.add(library, "Tài liệu lỗi thời", "cm:content");
        FakeAcs.FakeNode drafts = repo.add(library, "Dự thảo", "cm:folder");
        drafts.locallySet.put("GROUP_EVERYONE", "Collaborator");
        repo.groupNames.put("GROUP_WARDQMS_SECRETARY", "ISO");
        repo.groupMembers.put("GROUP_WARDQMS_SECRETARY", new java.util.LinkedHashSet<>());

        ProvisioningReport report = service.provision();

        assertThat(report.conflicts()).extracting(ProvisioningReport.Conflict::item).containsExactlyInAnyOrder(
                "group GROUP_WARDQMS_SECRETARY", "folder Tài liệu lỗi thời", "permissions of Dự thảo");
        assertThat(report.conflicts()).anySatisfy(c -> assertThat(c.toString())
                .isEqualTo("folder Tài liệu lỗi thời: expected a folder, found cm:content (nothing below it is provisioned)"));
        // Left exactly as they were.
        assertThat(repo.child(library, "Tài liệu lỗi thời").type).isEqualTo("cm:content");
        assertThat(drafts.locallySet).isEqualTo(Map.of("GROUP_EVERYONE", "Collaborator"));
        assertThat(repo.groupNames.get("GROUP_WARDQMS_SECRETARY")).isEqualTo("ISO");
        // Everything else is in place.
        assertThat(repo.resolve(library, "Hồ sơ/Văn phòng HĐND và UBND/" + YEAR)).isNotNull();
        assertThat(repo.rules.get(drafts.id)).as("the rule of an existing folder is still added").hasSize(1);
    }

    @Test
    void aFolderLeftWithDefaultPermissionsByAnInterruptedRunIsCompleted() {
        service.provision();
        FakeAcs.Repository repo = acs.repository();
        FakeAcs.FakeNode obsolete = repo.resolve(repo.containers.get("ward-qms"), "Tài liệu lỗi thời");
        obsolete.inherit = true;
        obsolete.locallySet.clear();

        ProvisioningReport again = service.provision();

        assertThat(again.conflicts()).isEmpty();
        assertThat(again.writes()).containsExactly("permissions of Tài liệu lỗi thời");
        assertThat(obsolete.inherit).isFalse();
    }
}
