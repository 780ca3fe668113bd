package io.github.flymachines.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Helpers for WireMock stubs. */
public final class Stubs {
    private static final AtomicInteger SCENARIOS = new AtomicInteger();

    private Stubs() {
    }

    /**
     * Stubs a request to answer with each response in turn; the last one repeats.
     *
     * @param wm the server
     * @param request makes a fresh mapping for the request (called once per response)
     * @param responses the responses in order
     */
    public static void sequence(WireMockServer wm, Supplier<MappingBuilder> request,
            ResponseDefinitionBuilder... responses) {
        String scenario = "seq-" + SCENARIOS.incrementAndGet();
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "step-" + i;
            var mb = request.get().inScenario(scenario).whenScenarioStateIs(state);
            if (i + 1 < responses.length) {
                mb = mb.willSetStateTo("step-" + (i + 1));
            }
            wm.stubFor(mb.willReturn(responses[i]));
        }
    }

    /**
     * A JSON error response.
     *
     * @param status the status
     * @param body the JSON body
     * @return the response
     */
    public static ResponseDefinitionBuilder error(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /**
     * A wait answer.
     *
     * @param state the state
     * @return the response
     */
    public static ResponseDefinitionBuilder waitOk(String state) {
        return WireMock.okJson("{\"ok\":true,\"state\":\"" + state + "\",\"event_id\":\"01J00000000000000000000000\","
                + "\"version\":\"01HZX6Q1J5B0Y3W2ZK3W9G8F7E\"}");
    }

    /**
     * The wait deadline answer.
     *
     * @param want the awaited state
     * @param current the current state
     * @return the response
     */
    public static ResponseDefinitionBuilder wait408(String want, String current) {
        return error(408, "{\"error\":\"deadline_exceeded: machine failed to reach desired state, " + want
                + ", currently " + current + "\"}");
    }
}
