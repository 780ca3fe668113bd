package io.github.flymachines.testing.support;

import io.github.flymachines.testing.FakeFly;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Plain HTTP calls to a fake, for endpoints the SDK has no client for and for exact wire checks. */
public final class Raw {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Raw() {
    }

    /**
     * Starts a request with the fake's token.
     *
     * @param fake the fake
     * @param method the method
     * @param path the path and query (starting with /v1)
     * @param json the body, or null
     * @param headers extra header name/value pairs
     * @return the response future
     */
    public static CompletableFuture<HttpResponse<String>> sendAsync(FakeFly fake, String method, String path,
            String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + fake.token());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a request and waits for the answer.
     *
     * @param fake the fake
     * @param method the method
     * @param path the path and query
     * @param json the body, or null
     * @param headers extra header name/value pairs
     * @return the response
     */
    public static HttpResponse<String> send(FakeFly fake, String method, String path, String json,
            String... headers) {
        return sendAsync(fake, method, path, json, headers).join();
    }

    /**
     * Sends a request without any Authorization header.
     *
     * @param fake the fake
     * @param path the path
     * @param authorization the Authorization header value, or null for none
     * @return the response
     */
    public static HttpResponse<String> getWithAuth(FakeFly fake, String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString()).join();
    }
}
