package io.github.flymachines;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.WireMockApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token parsing, scheme choice, redaction, and the Authorization header on the wire. */
class TokenTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "plain-oauth-token               | Bearer plain-oauth-token",
        "Bearer plain-oauth-token        | Bearer plain-oauth-token",
        "bearer plain-oauth-token        | Bearer plain-oauth-token",
        "FlyV1 plain-oauth-token         | Bearer plain-oauth-token",
        "fm1r_abc                        | FlyV1 fm1r_abc",
        "fm1a_abc                        | FlyV1 fm1a_abc",
        "fm2_abc                         | FlyV1 fm2_abc",
        "FlyV1 fm2_abc                   | FlyV1 fm2_abc",
        "Bearer fm2_abc                  | FlyV1 fm2_abc",
        "flyv1 fm1r_abc                  | FlyV1 fm1r_abc",
        "'  FlyV1   fm2_abc  '           | FlyV1 fm2_abc",
        "'fm2_one,fm2_two'               | FlyV1 fm2_one,fm2_two",
        "'FlyV1 fm2_one, fm1a_two'       | FlyV1 fm2_one,fm1a_two",
        "fm3_abc                         | Bearer fm3_abc",
        "fm2abc                          | Bearer fm2abc",
        "xfm2_abc                        | Bearer xfm2_abc",
    })
    void schemeIsChosenByMacaroonPrefix(String input, String header) {
        FlyToken t = FlyToken.of(input);
        assertEquals(header, t.authorizationHeader());
        assertEquals(header.startsWith("FlyV1") ? FlyToken.Scheme.FLY_V1 : FlyToken.Scheme.BEARER, t.scheme());
    }

    @Test
    void aMixedSetSendsOnlyTheMacaroonsAsFlyV1() {
        // fly-go FlapsHeader: when the set holds a macaroon, only the macaroons go out
        FlyToken t = FlyToken.of("fm2_mac,oauth-user-token");
        assertEquals(FlyToken.Scheme.FLY_V1, t.scheme());
        assertEquals("FlyV1 fm2_mac", t.authorizationHeader());
    }

    @Test
    void fromEnvReadsFlyApiToken() {
        FlyToken t = FlyToken.fromEnv(Map.of("FLY_API_TOKEN", "FlyV1 fm2_fromenv"));
        assertEquals("FlyV1 fm2_fromenv", t.authorizationHeader());
        assertEquals("FLY_API_TOKEN", FlyToken.ENV_VAR);
        FlyValidationException blank = assertThrows(FlyValidationException.class,
                () -> FlyToken.fromEnv(Map.of("FLY_API_TOKEN", "   ")));
        assertEquals("FLY_API_TOKEN", blank.field());
    }

    @Test
    void tokensWithInnerWhitespaceOrControlCharactersAreRefused() {
        for (String bad : new String[] {"abc\u0000def", "fm2_a\nb", "abc\tdef"}) {
            FlyValidationException e = assertThrows(FlyValidationException.class, () -> FlyToken.of(bad), bad);
            assertEquals("token", e.field());
            assertFalse(e.getMessage().contains(bad), "the refused token is echoed: " + e.getMessage());
        }
    }

    @Test
    void toStringIsRedactedForEveryForm() {
        for (String s : new String[] {"secret-oauth-value", "FlyV1 fm2_secretmac,fm1r_othersecret",
                "Bearer secret-oauth-value"}) {
            FlyToken t = FlyToken.of(s);
            String printed = t.toString();
            assertFalse(printed.contains("secret"), printed);
            assertTrue(printed.contains("redacted"), printed);
        }
        try (FlyMachines fly = FlyMachines.builder().token("secret-oauth-value").build()) {
            assertFalse(fly.toString().contains("secret"), fly.toString());
        }
    }

    @Test
    void equalTokensCompareEqualWhateverTheirPrefix() {
        assertEquals(FlyToken.of("fm2_x"), FlyToken.of("FlyV1 fm2_x"));
        assertEquals(FlyToken.of("abc").hashCode(), FlyToken.of("Bearer abc").hashCode());
        assertNotEquals(FlyToken.of("abc"), FlyToken.of("abd"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "plain-oauth-token               | Bearer plain-oauth-token",
        "'FlyV1 fm2_one,fm1r_two'        | FlyV1 fm2_one,fm1r_two",
        "Bearer fm1a_abc                 | FlyV1 fm1a_abc",
    })
    void theHeaderActuallySentOnTheWire(String input, String header) {
        String path = "/v1/apps/my-app/machines/3d8d413b29d089";
        api.server().stubFor(get(urlPathEqualTo(path)).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "started"))));
        try (FlyMachines fly = api.clientBuilder().token(input).build()) {
            fly.app("my-app").machines().withId("3d8d413b29d089").get();
        }
        api.server().verify(1, getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", equalTo(header)));
    }
}
