package vn.wardqms.service.acs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A call to the stand-in's REST API as one user, signed in as themselves: how the attack tests act. */
public final class SignedIn {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SignedIn() {
    }

    /** {@code method} on the core API's {@code path} as {@code user} (any password), with {@code json} as the body. */
    public static HttpResponse<String> call(FakeAcs acs, String user, String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(acs.url() + FakeAcs.CORE + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
