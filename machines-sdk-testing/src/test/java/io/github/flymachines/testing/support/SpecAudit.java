package io.github.flymachines.testing.support;

import io.github.flymachines.support.SpecValidator;
import io.github.flymachines.testing.FakeFlyExtension;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;

/**
 * Checks every request the fake received and every response it gave against the official spec
 * (minus the named defects in {@link SpecDefects}), then clears the journal.
 */
public final class SpecAudit {
    private SpecAudit() {
    }

    /**
     * Audits the fake's journal after each test of a class, for registering with
     * {@code @RegisterExtension} beside the class's {@link FakeFlyExtension}.
     *
     * @param fly the class's fake
     * @return the callback that runs {@link #checkAndReset(WireMockServer)} on the fake after each test
     */
    public static AfterEachCallback afterEach(FakeFlyExtension fly) {
        return afterEach(fly, r -> false);
    }

    /**
     * Audits the fake's journal after each test of a class, the deliberately invalid requests exempt
     * on the request side, as {@link #checkAndReset(WireMockServer, Predicate)}.
     *
     * @param fly the class's fake
     * @param deliberatelyInvalid selects the deliberately invalid requests
     * @return the callback that audits the fake after each test
     */
    public static AfterEachCallback afterEach(FakeFlyExtension fly,
            Predicate<com.github.tomakehurst.wiremock.verification.LoggedRequest> deliberatelyInvalid) {
        return context -> checkAndReset(fly.fake().wireMock(), deliberatelyInvalid);
    }

    /**
     * Validates the journal and clears it.
     *
     * @param server the fake's WireMock server
     * @return how many interactions were checked
     * @throws AssertionError listing every unexplained problem
     */
    public static int checkAndReset(WireMockServer server) {
        return checkAndReset(server, r -> false);
    }

    /**
     * Validates the journal and clears it; requests a test sent deliberately off-spec (to check
     * the fake's 400s) are exempt on the request side, their responses are still checked.
     *
     * @param server the fake's WireMock server
     * @param deliberatelyInvalid selects the deliberately invalid requests
     * @return how many interactions were checked
     * @throws AssertionError listing every unexplained problem
     */
    public static int checkAndReset(WireMockServer server,
            Predicate<com.github.tomakehurst.wiremock.verification.LoggedRequest> deliberatelyInvalid) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (ServeEvent e : server.getAllServeEvents()) {
            if (e.getResponseDefinition() != null && e.getResponseDefinition().getFault() != null) {
                continue; // a connection fault has no response to validate
            }
            String path = URI.create(e.getRequest().getUrl()).getRawPath();
            if (!path.startsWith("/v1/")) {
                continue; // not an API path: the fake answers 404 and the spec has nothing to say
            }
            checked++;
            if (!deliberatelyInvalid.test(e.getRequest())) {
                problems.addAll(SpecValidator.validate(e.getRequest()));
            }
            LoggedResponse resp = e.getResponse();
            if (resp.getHeaders() != null && resp.getHeaders().getHeader(
                    io.github.flymachines.testing.internal.FakeFilter.PARK_HEADER).isPresent()) {
                continue; // a parked wait: the journal holds the placeholder, the real answer went out later
            }
            String ct = resp.getHeaders() != null && resp.getHeaders().getContentTypeHeader().isPresent()
                    ? resp.getHeaders().getContentTypeHeader().mimeTypePart() : null;
            String body = resp.getBodyAsString();
            problems.addAll(SpecValidator.validateResponse(e.getRequest().getMethod().getName(), path,
                    resp.getStatus(), ct, body));
        }
        server.resetRequests();
        if (!problems.isEmpty()) {
            throw new AssertionError("interactions that do not match the spec:\n  " + String.join("\n  ", problems));
        }
        return checked;
    }
}
