package vn.wardqms.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

import feign.FeignException;
import feign.Request;
import feign.RetryableException;

/** A one-shot command's failure in one line that names the host and the cause. */
class OneShotTest {
    private static final Request POST = Request.create(Request.HttpMethod.POST, "https://qms.phuong.example:8443/alfresco/api/-default-/public/alfresco/versions/1/sites",
            Map.of(), new byte[0], StandardCharsets.UTF_8, null);

    @Test
    void eachCauseNamedWithItsHost() {
        assertThat(OneShot.describe(new FeignException.Unauthorized("[401] during [POST]", POST, null, null)))
                .isEqualTo("https://qms.phuong.example:8443: 401: the user name or password is wrong (ACS_USERNAME, ACS_PASSWORD)");
        assertThat(OneShot.describe(new FeignException.Forbidden("[403] during [POST]", POST, null, null)))
                .startsWith("https://qms.phuong.example:8443: 403: the account may not do this");
        assertThat(OneShot.describe(new RetryableException(-1, "Connection refused executing POST", Request.HttpMethod.POST,
                new ConnectException("Connection refused"), (Long) null, POST)))
                .isEqualTo("https://qms.phuong.example:8443: the connection was refused (is the repository, or the broker, up and at this address?)");
        assertThat(OneShot.describe(new RetryableException(-1, "alfresco executing POST", Request.HttpMethod.POST,
                new UnknownHostException("alfresco"), (Long) null, POST)))
                .isEqualTo("https://qms.phuong.example:8443: no such host (check ACS_URL or BROKER_URL)");
        assertThat(OneShot.describe(new RetryableException(-1, "PKIX path building failed", Request.HttpMethod.POST,
                new SSLHandshakeException("PKIX path building failed: unable to find valid certification path"), (Long) null, POST)))
                .isEqualTo("https://qms.phuong.example:8443: TLS failed: PKIX path building failed: unable to find valid certification path");
        assertThat(OneShot.describe(new RetryableException(-1, "Read timed out", Request.HttpMethod.POST,
                new SocketTimeoutException("Read timed out"), (Long) null, POST)))
                .isEqualTo("https://qms.phuong.example:8443: no answer in time (Read timed out)");
        assertThat(OneShot.describe(new IllegalStateException("outer", new java.io.IOException("disk full\nmore"))))
                .isEqualTo("IOException: disk full");
    }

    @Test
    void aFailureIsOneLineAndItsExitCodeOne() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = OneShot.run("provision", Duration.ofSeconds(5), false, err, () -> {
            throw new RetryableException(-1, "refused", Request.HttpMethod.POST, new ConnectException("Connection refused"), (Long) null, POST);
        });
        assertThat(code).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("ward-qms-service provision: failed: "
                + "https://qms.phuong.example:8443: the connection was refused (is the repository, or the broker, up and at this address?)");
        assertThat(OneShot.run("report", Duration.ofSeconds(5), false, err, () -> 3)).isEqualTo(3);
    }
}
