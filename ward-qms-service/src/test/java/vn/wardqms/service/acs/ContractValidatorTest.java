package vn.wardqms.service.acs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** The stand-in's checks bite: what the definitions do not allow is reported. */
class ContractValidatorTest {

    @Test
    void requestsTheDefinitionsDoNotAllowAreViolations() throws Exception {
        try (FakeAcs acs = FakeAcs.start()) {
            HttpClient http = HttpClient.newHttpClient();
            // A group without its required displayName.
            http.send(HttpRequest.newBuilder(URI.create(acs.url() + FakeAcs.CORE + "/groups"))
                    .header("Content-Type", "application/json").header("Authorization", "Basic dGVzdDp0ZXN0")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"GROUP_X\"}")).build(), HttpResponse.BodyHandlers.ofString());
            // A path no definition has.
            http.send(HttpRequest.newBuilder(URI.create(acs.url() + "/alfresco/s/api/sites"))
                    .header("Authorization", "Basic dGVzdDp0ZXN0").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(acs.violations()).hasSize(2);
            assertThat(acs.violations().get(0)).contains("POST", "/groups", "displayName");
            assertThat(acs.violations().get(1)).contains("no API definition covers this path");
        }
    }
}
