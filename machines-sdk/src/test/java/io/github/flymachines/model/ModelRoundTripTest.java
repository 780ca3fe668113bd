package io.github.flymachines.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.json.Json;
import io.github.flymachines.support.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRoundTripTest {
    private static final String FULL = Fixtures.read("machine-full.json");

    @Test
    void everyDocumentedFieldAndUnknownOnesRoundTripExactly() throws Exception {
        Machine m = Json.read(FULL, Machine.class);
        JsonNode original = Json.mapper().readTree(FULL);
        JsonNode written = Json.mapper().readTree(Json.writeString(m));
        assertEquals(original, written, () -> "round trip changed the JSON:\n" + written.toPrettyString());
    }

    @Test
    void typedFieldsAreRead() {
        Machine m = Json.read(FULL, Machine.class);
        MachineConfig c = m.config();
        assertEquals(MachineState.STARTED, m.state());
        assertEquals(CpuKind.SHARED, c.guest().cpuKind());
        assertEquals(512, c.guest().memoryMb());
        assertEquals(Autostop.SUSPEND, c.services().get(0).autostop());
        assertEquals(Duration.ofSeconds(15), c.services().get(0).checks().get(0).interval());
        assertEquals(Duration.ofSeconds(90), c.checks().get("tcp").interval());
        assertEquals(Duration.ofMillis(500), c.checks().get("tcp").timeout());
        assertEquals(Signal.SIGTERM, c.stopConfig().signal());
        assertEquals(RestartPolicy.ON_FAILURE, c.restart().policy());
        assertEquals(new BigDecimal("0.5"), c.spot().maxPriceFraction());
        assertEquals(RootfsPersist.RESTART, c.rootfs().persist());
        assertEquals(2, m.events().get(0).request().restartCount());
        assertEquals(1, m.events().get(0).request().monitorEvent().exitEvent().exitCode());
        assertEquals(Instant.ofEpochSecond(1767225600L), m.lease().expiresAt());
    }

    @Test
    void unknownEnumValuesParseAndKeepTheirRawString() {
        Machine m = Json.read(FULL, Machine.class);
        EventType future = m.events().get(1).type();
        assertFalse(future.isKnown());
        assertEquals("future-event-type", future.value());
        assertTrue(m.events().get(0).type().isKnown());
        Machine odd = Json.read("{\"id\":\"x\",\"state\":\"hibernating\",\"region\":\"zzz\",\"config\":{\"image\":\"i\","
                + "\"guest\":{\"cpu_kind\":\"quantum\"},\"stop_config\":{\"signal\":\"SIGWINCH\"},"
                + "\"restart\":{\"policy\":\"sometimes\"}}}", Machine.class);
        assertEquals("hibernating", odd.state().value());
        assertFalse(odd.state().isKnown());
        assertEquals("zzz", odd.region());
        String back = Json.writeString(odd);
        assertTrue(back.contains("\"hibernating\"") && back.contains("\"quantum\"") && back.contains("\"SIGWINCH\"")
                && back.contains("\"sometimes\""), back);
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevelAndWrittenBackOnUpdate() {
        Machine m = Json.read(FULL, Machine.class);
        assertTrue(m.extra().containsKey("a_field_from_the_future"));
        assertTrue(m.config().extra().containsKey("future_top_level_setting"));
        MachineConfig changed = m.config().withGuest(m.config().guest().withMemoryMb(1024));
        String json = Json.writeString(UpdateMachineRequest.of(changed));
        assertTrue(json.contains("\"future_top_level_setting\":{\"nested\":[1,2.5,\"x\",null,true]}"), json);
        assertTrue(json.contains("\"memory_mb\":1024"), json);
    }

    @Test
    void autostopReadsBooleansAndStringsAndWritesStrings() {
        MachineService on = Json.read("{\"autostop\":true}", MachineService.class);
        MachineService off = Json.read("{\"autostop\":false}", MachineService.class);
        MachineService suspend = Json.read("{\"autostop\":\"suspend\"}", MachineService.class);
        assertEquals(Autostop.STOP, on.autostop());
        assertEquals(Autostop.OFF, off.autostop());
        assertEquals(Autostop.SUSPEND, suspend.autostop());
        assertEquals("{\"autostop\":\"stop\"}", Json.writeString(on));
        assertEquals("{\"autostop\":\"off\"}", Json.writeString(off));
    }

    @Test
    void durationsReadStringsOrNanosecondsAndWriteStrings() {
        StopConfig fromNanos = Json.read("{\"timeout\":10000000000}", StopConfig.class);
        assertEquals(Duration.ofSeconds(10), fromNanos.timeout());
        assertEquals("{\"timeout\":\"10s\"}", Json.writeString(fromNanos));
        StopConfig fromString = Json.read("{\"timeout\":\"1h2m3.5s\"}", StopConfig.class);
        assertEquals(Duration.ofMillis(3_723_500), fromString.timeout());
        assertEquals("{\"timeout\":\"1h2m3.5s\"}", Json.writeString(fromString));
    }

    @Test
    void collectionsAreUnmodifiableCopiesWithoutNulls() {
        java.util.ArrayList<String> args = new java.util.ArrayList<>(List.of("a"));
        args.add(null);
        InitConfig init = InitConfig.builder().cmd(args).build();
        assertEquals(List.of("a"), init.cmd());
        args.add("b");
        assertEquals(List.of("a"), init.cmd());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> init.cmd().add("x"));
        assertEquals(List.of(), InitConfig.builder().build().cmd());
    }

    @Test
    void emptyCollectionsAndNullsAreNotWritten() {
        MachineConfig c = MachineConfig.builder().image("nginx").build();
        assertEquals("{\"image\":\"nginx\"}", Json.writeString(c));
    }

    @Test
    void builderAndWithersCopyEverythingIncludingUnknownFields() {
        Machine m = Json.read(FULL, Machine.class);
        MachineConfig viaBuilder = m.config().toBuilder().build();
        assertEquals(m.config(), viaBuilder);
        MachineConfig changed = m.config().toBuilder().putEnv("NEW", "v").build();
        assertEquals(m.config().extra(), changed.extra());
        assertEquals(3, changed.env().size());
    }
}
