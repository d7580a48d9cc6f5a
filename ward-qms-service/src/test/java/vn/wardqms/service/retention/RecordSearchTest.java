package vn.wardqms.service.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardqms.service.acs.FakeAcs;

/**
 * The records search over HTTP, as another tool calls it: the caller's credentials go to the repository with a query
 * built only from checked values; filters, paging and sorting; bad parameters refused by name; no credentials, no answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false", "ward-qms.reports.enabled=false"})
class RecordSearchTest {
    static final FakeAcs acs = FakeAcs.start();
    static final String STAFF = "Basic " + Base64.getEncoder().encodeToString("suong:mật-khẩu".getBytes(StandardCharsets.UTF_8));

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("record-search-test"));
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void files() {
        acs.evaluateQueries();
        FakeAcs.Repository repo = acs.repository();
        FakeAcs.FakeNode unit = repo.add("library", "Văn phòng HĐND và UBND", "cm:folder");
        // The unit's staff may read its records (provisioning gives the unit's group Consumer on its records folder).
        repo.groupMembers.computeIfAbsent("GROUP_WARDQMS_UNIT_VP", g -> new java.util.LinkedHashSet<>()).add("suong");
        unit.locallySet.put("GROUP_WARDQMS_UNIT_VP", "Consumer");
        for (int year = 2014; year <= 2025; year++) {
            FakeAcs.FakeNode f = repo.add(unit.id, "Hồ sơ đánh giá nội bộ " + year, "qms:recordFolder");
            f.properties.putAll(Map.of("qms:fileCode", String.format("%02d-ĐGNB", year - 2000), "qms:fileYear", String.valueOf(year),
                    "qms:recordTypeCode", "QLCL.03", "qms:ownerUnit", "Văn phòng HĐND và UBND", "qms:retentionYears", "10",
                    "qms:retainUntil", (year + 10) + "-12-31", "qms:dispositionStatus", year == 2014 ? "DUE" : "ACTIVE",
                    "qms:fileState", "CLOSED", "qms:retentionPermanent", "false"));
            if (year == 2015) {
                f.aspects.add("qms:legalHold");
            }
        }
        FakeAcs.FakeNode other = repo.add(unit.id, "Hồ sơ một cửa 2025", "qms:recordFolder");
        other.properties.putAll(Map.of("qms:fileCode", "01-MC", "qms:fileYear", "2025", "qms:recordTypeCode", "MC.01",
                "qms:ownerUnit", "Trung tâm Phục vụ hành chính công", "qms:dispositionStatus", "ACTIVE"));
    }

    @AfterEach
    void contract() {
        try {
            assertThat(acs.violations()).isEmpty();
        } finally {
            acs.clear();
        }
    }

    @AfterAll
    static void stop() {
        acs.close();
    }

    private HttpResponse<String> get(String query, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/records?" + query));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Test
    void filesAreFoundByTypeUnitRetentionAndHoldPagedAndSorted() throws Exception {
        HttpResponse<String> r = get("recordType=QLCL.03&unit=" + enc("Văn phòng HĐND và UBND") + "&retainUntilFrom=2030-01-01"
                + "&retainUntilTo=2033-12-31&onHold=false&orderBy=" + enc("retainUntil DESC") + "&maxItems=2", STAFF);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.shared().readTree(r.body());
        assertThat(body.path("list").path("pagination").path("totalItems").asInt()).as("2020..2023").isEqualTo(4);
        assertThat(body.path("list").path("pagination").path("hasMoreItems").asBoolean()).isTrue();
        assertThat(body.path("list").path("entries").get(0).path("fileCode").asString()).isEqualTo("23-ĐGNB");
        assertThat(body.path("list").path("entries").get(1).path("retainUntil").asString()).isEqualTo("2032-12-31");
        assertThat(body.path("list").path("entries").get(0).path("kind").asString()).isEqualTo("file");

        JsonNode held = JsonMapper.shared().readTree(get("onHold=true", STAFF).body());
        assertThat(held.path("list").path("entries")).hasSize(1);
        assertThat(held.path("list").path("entries").get(0).path("fileCode").asString()).isEqualTo("15-ĐGNB");
        JsonNode due = JsonMapper.shared().readTree(get("dispositionStatus=DUE&kind=file", STAFF).body());
        assertThat(due.path("list").path("entries").get(0).path("year").asString()).isEqualTo("2014");
        JsonNode oneStop = JsonMapper.shared().readTree(get("year=2025&retentionYears=10", STAFF).body());
        assertThat(oneStop.path("list").path("entries")).hasSize(1);
    }

    @Test
    void someoneOutsideTheUnitFindsNoneOfItsRecords() throws Exception {
        String outsider = "Basic " + Base64.getEncoder().encodeToString("binh:mật-khẩu".getBytes(StandardCharsets.UTF_8));
        JsonNode found = JsonMapper.shared().readTree(get("recordType=QLCL.03", outsider).body());
        assertThat(found.path("list").path("pagination").path("totalItems").asInt()).isZero();
        assertThat(found.path("list").path("entries")).isEmpty();
        assertThat(JsonMapper.shared().readTree(get("recordType=QLCL.03", STAFF).body()).path("list").path("entries")).isNotEmpty();
    }

    @Test
    void theCallersOwnCredentialsGoToTheRepositoryAndNoneMeansNoAnswer() throws Exception {
        HttpResponse<String> anonymous = get("recordType=QLCL.03", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Ward QMS\"");
        assertThat(acs.repository().searchRequestsByQuery).isEmpty();
        assertThat(get("recordType=QLCL.03", STAFF).statusCode()).isEqualTo(200);
        assertThat(acs.repository().lastAuthorization).isEqualTo(STAFF);
    }

    @Test
    void badParametersAreRefusedByNameAndNeverReachTheQuery() throws Exception {
        for (String[] bad : new String[][] {
                {"recordType=" + enc("QLCL.03' OR TYPE:'cm:content"), "recordType: 'QLCL.03' OR TYPE:'cm:content' is not a record type code"},
                {"unit=" + enc("x' OR '1"), "unit: must be a unit's name"},
                {"year=20x5", "year: must be a whole number from 1945 to 2100, not '20x5'"},
                {"retainUntilFrom=31/12/2030", "retainUntilFrom: must be a date yyyy-MM-dd"},
                {"retainUntilFrom=2031-01-01&retainUntilTo=2030-01-01", "retainUntilFrom: 2031-01-01 is after retainUntilTo 2030-01-01"},
                {"dispositionStatus=GONE", "dispositionStatus: must be one of"},
                {"orderBy=" + enc("cm:created DESC"), "orderBy: must be one of"},
                {"maxItems=5000", "maxItems: must be a whole number from 1 to 100"},
                {"recordtype=QLCL.03", "recordtype: unknown parameter"}}) {
            HttpResponse<String> r = get(bad[0], STAFF);
            assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(JsonMapper.shared().readTree(r.body()).path("error").asString()).as(bad[0]).startsWith(bad[1]);
        }
        assertThat(acs.repository().searchRequestsByQuery).isEmpty();
    }
}
