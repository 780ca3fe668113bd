package io.github.flymachines.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.examples.env.Environments;
import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.examples.env.FakeEnvironment;
import io.github.flymachines.examples.env.RealEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which environment the variables select, and that the real one warns and never shows the token. */
class EnvironmentsTest {
    private static final String TOKEN = "fo1_notarealtoken0123456789abcdef";

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noVariablesMeansTheFake() {
        try (ExampleEnvironment env = Environments.open(Map.of(), out)) {
            assertInstanceOf(FakeEnvironment.class, env);
            assertTrue(env.isFake());
        }
    }

    @Test
    void aTokenWithoutAnAppStillMeansTheFakeAndSaysSo() {
        try (ExampleEnvironment env = Environments.open(Map.of("FLY_API_TOKEN", TOKEN), out)) {
            assertTrue(env.isFake());
        }
        assertTrue(output().contains("FLY_APP is not"), output());
        assertFalse(output().contains(TOKEN));
    }

    @Test
    void tokenAndAppMeanTheRealApiWithALoudWarningAndNoToken() {
        try (ExampleEnvironment env = Environments.open(Map.of("FLY_API_TOKEN", TOKEN, "FLY_APP", "my-app",
                "FLY_REGIONS", "iad, ord"), out)) {
            assertInstanceOf(RealEnvironment.class, env);
            assertFalse(env.isFake());
            assertTrue(env.regions().equals(java.util.List.of("iad", "ord")), env.regions().toString());
            assertFalse(env.describe().contains(TOKEN));
            assertFalse(env.client().toString().contains(TOKEN));
        }
        assertTrue(output().contains("WARNING"), output());
        assertTrue(output().contains("BILLABLE"), output());
        assertFalse(output().contains(TOKEN));
    }

    @Test
    void theRealApiNeedsTwoRegions() {
        assertThrows(IllegalArgumentException.class, () -> Environments.open(Map.of("FLY_API_TOKEN", TOKEN,
                "FLY_APP", "my-app", "FLY_REGIONS", "iad"), out));
    }
}
