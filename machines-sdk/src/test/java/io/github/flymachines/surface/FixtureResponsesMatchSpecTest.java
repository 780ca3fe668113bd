package io.github.flymachines.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.flymachines.support.SpecValidator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answers the surface wire tests stub are shaped like the spec's responses (minus documented
 * defects), so the tests exercise the SDK against realistic bodies rather than invented ones.
 */
class FixtureResponsesMatchSpecTest {
    static Stream<Arguments> answers() {
        String app = "/v1/apps/my-app";
        return Stream.of(
                Arguments.of("GET", app + "/volumes", 200, "[" + specVolume("created", 10) + "]"),
                Arguments.of("PUT", app + "/volumes/vol_1/extend", 200,
                        "{\"needs_restart\":true,\"volume\":" + specVolume("extending", 20) + "}"),
                Arguments.of("GET", app + "/volumes/vol_1/snapshots", 200, "[{\"id\":\"vs_1\",\"size\":1234,"
                        + "\"volume_size\":10737418240,\"digest\":\"abc\",\"status\":\"created\",\"retention_days\":5}]"),
                Arguments.of("GET", app + "/secrets", 200, "{\"secrets\":[{\"name\":\"DB_URL\",\"digest\":\"d1\"}]}"),
                Arguments.of("POST", app + "/secrets", 200, "{\"secrets\":[{\"name\":\"A\",\"digest\":\"x\"}],\"version\":30}"),
                Arguments.of("POST", app + "/secrets/DB_URL", 201, "{\"name\":\"DB_URL\",\"digest\":\"d2\",\"version\":12,\"Version\":12}"),
                Arguments.of("DELETE", app + "/secrets/OLD", 200, "{\"version\":11}"),
                Arguments.of("GET", app + "/ip_assignments", 200, "{\"ips\":[{\"ip\":\"2a09:8280:1::1\",\"region\":\"global\","
                        + "\"service_name\":\"web\",\"shared\":false}]}"),
                Arguments.of("GET", app + "/certificates", 200, "{\"certificates\":[" + AppNetworkingWireTest.summary("a.example.com")
                        + "],\"next_cursor\":\"c1\",\"total_count\":3}"),
                Arguments.of("GET", app + "/certificates/www.example.com", 200, AppNetworkingWireTest.detail("www.example.com")),
                Arguments.of("POST", app + "/deploy_token", 200, "{\"token\":\"FlyV1 fm2_x\"}"),
                Arguments.of("GET", "/v1/orgs/my-org/machines", 200, "{\"machines\":[" + OrgListsWireTest.m("m1", "a")
                        + "],\"next_cursor\":\"c1\",\"error_regions\":[\"syd\"]}"),
                Arguments.of("GET", "/v1/platform/regions", 200, PlatformAndTokensWireTest.DOC_REGIONS),
                Arguments.of("GET", "/v1/platform/regions", 200, PlatformAndTokensWireTest.LIVE_REGIONS),
                Arguments.of("POST", "/v1/platform/placements", 200, "{\"regions\":[{\"region\":\"lhr\",\"count\":3,\"concurrency\":1}]}"),
                Arguments.of("GET", "/v1/tokens/current", 200, "{\"tokens\":[{\"token_id\":\"tok_1\",\"org_slug\":\"my-org\","
                        + "\"apps\":[\"my-app\"]}]}"));
    }

    /**
     * The volume fixture without the two things the volume tests add on purpose to prove
     * tolerance: an unknown field and a JSON null.
     */
    static String specVolume(String state, int size) {
        return VolumesWireTest.volume("vol_1", state, size).replace(",\"future_field\":{\"x\":1}", "")
                .replace("\"attached_machine_id\":null,", "");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void stubbedAnswersMatchTheSpec(String method, String path, int status, String body) {
        assertEquals(java.util.List.of(), SpecValidator.validateResponse(method, path, status, "application/json", body));
    }
}
