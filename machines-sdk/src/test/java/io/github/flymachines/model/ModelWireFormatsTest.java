package io.github.flymachines.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.internal.json.GoDuration;
import io.github.flymachines.internal.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go durations, autostop, open enums and the lease shapes, at the JSON level. */
class ModelWireFormatsTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "10s, PT10S, 10s",
        "1m30s, PT1M30S, 1m30s",
        "1h, PT1H, 1h0m0s",
        "1h2m3.5s, PT1H2M3.5S, 1h2m3.5s",
        "250ms, PT0.25S, 250ms",
        "1.5s, PT1.5S, 1.5s",
        "1500us, PT0.0015S, 1.5ms",
        "2µs, PT0.000002S, 2µs",
        "2μs, PT0.000002S, 2µs",
        "7ns, PT0.000000007S, 7ns",
        "0, PT0S, 0s",
        "0s, PT0S, 0s",
        "-5s, PT-5S, -5s",
        "+5s, PT5S, 5s",
        "1h0m0.001s, PT1H0.001S, 1h0m0.001s",
    })
    void goDurationsParseAndFormatLikeGo(String go, String java, String formatted) {
        Duration d = GoDuration.parse(go);
        assertEquals(Duration.parse(java), d);
        assertEquals(formatted, GoDuration.format(d));
        assertEquals(d, GoDuration.parse(GoDuration.format(d)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "s", "10x", "1d", "1.2.3s", "-", "5 s", "1h-2m", "9999999999h",
        "2562048h", "106751d"})
    void badOrOverflowingDurationsAreRefusedNotWrapped(String go) {
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(go), go);
    }

    @Test
    void durationsReadAsNanosecondNumbersAndWrittenAsStrings() {
        assertEquals(Duration.ofMillis(1500), Json.read("{\"timeout\":1500000000}", StopConfig.class).timeout());
        assertEquals(Duration.ofSeconds(10), Json.read("{\"timeout\":\"10s\"}", StopConfig.class).timeout());
        assertEquals("{\"timeout\":\"1m0s\"}", Json.writeString(StopConfig.builder()
                .timeout(Duration.ofMinutes(1)).build()));
        MachineCheck check = Json.read("{\"interval\":15000000000,\"timeout\":\"2s\",\"grace_period\":\"1m\"}",
                MachineCheck.class);
        assertEquals(Duration.ofSeconds(15), check.interval());
        String back = Json.writeString(check);
        assertTrue(back.contains("\"interval\":\"15s\"") && back.contains("\"grace_period\":\"1m0s\""), back);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "true | stop", "false | off", "'\"stop\"' | stop", "'\"off\"' | off", "'\"suspend\"' | suspend",
        "'\"true\"' | stop", "'\"false\"' | off", "'\"hibernate\"' | hibernate",
    })
    void autostopIsReadAsBoolOrStringAndWrittenAsAString(String json, String mode) {
        MachineService s = Json.read("{\"autostop\":" + json + "}", MachineService.class);
        assertEquals(mode, s.autostop().mode());
        assertEquals("{\"autostop\":\"" + mode + "\"}", Json.writeString(s));
    }

    @Test
    void openEnumsKeepUnknownValuesVerbatim() {
        assertFalse(MachineState.of("hibernating").isKnown());
        assertEquals("hibernating", MachineState.of("hibernating").value());
        assertEquals(MachineState.of("hibernating"), MachineState.of("hibernating"));
        assertTrue(MachineState.of("started").isKnown());
        assertEquals(MachineState.STARTED, MachineState.of("started"));
        // signals, event types, CPU kinds round-trip their raw string in a full model
        Machine m = Json.read("{\"id\":\"x\",\"state\":\"Weird-State\",\"events\":[{\"type\":\"teleport\","
                + "\"status\":\"beamed\",\"source\":\"alien\"}],\"config\":{\"image\":\"i\",\"guest\":"
                + "{\"cpu_kind\":\"quantum\",\"cpus\":1},\"stop_config\":{\"signal\":\"SIGRTMIN+3\"}}}", Machine.class);
        assertEquals("Weird-State", m.state().value());
        assertEquals("teleport", m.events().get(0).type().value());
        String back = Json.writeString(m);
        for (String raw : new String[] {"Weird-State", "teleport", "beamed", "alien", "quantum", "SIGRTMIN+3"}) {
            assertTrue(back.contains("\"" + raw + "\""), raw + " lost: " + back);
        }
    }

    @Test
    void waitAndExecResultsKeepUnknownStates() {
        WaitResult w = Json.read("{\"ok\":true,\"state\":\"settled-ish\",\"event_id\":\"e\",\"version\":\"v\","
                + "\"extra_field\":1}", WaitResult.class);
        assertEquals("settled-ish", w.state().value());
        assertTrue(Json.writeString(w).contains("\"extra_field\":1"));
        ExecResult r = Json.read("{\"exit_code\":137,\"exit_signal\":9,\"stdout\":\"\",\"stderr\":\"killed\"}",
                ExecResult.class);
        assertEquals(137, r.exitCode());
        assertEquals("killed", r.stderr());
    }
}
