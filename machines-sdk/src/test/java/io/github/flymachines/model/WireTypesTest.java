package io.github.flymachines.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.json.Json;
import io.github.flymachines.support.LogCapture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * The model's {@link Instant}s, {@link Duration}s and exit code read the API's wire forms and write
 * them back unchanged; a field the SDK cannot read is kept as an unknown field instead of failing
 * the answer.
 */
class WireTypesTest {

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.reader(Json.mapper().constructType(type)).readValue(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(Object value) throws Exception {
        return Json.mapper().readTree(Json.write(value));
    }

    private static JsonNode tree(String json) throws Exception {
        return Json.mapper().readTree(json);
    }

    @Test
    void timestampsAreInstantsAndWrittenBackAsSent() throws Exception {
        String json = "{\"id\":\"m1\",\"created_at\":\"2024-05-01T10:00:00.1234Z\",\"updated_at\":\"2024-05-01T10:00:01Z\","
                + "\"events\":[{\"type\":\"start\",\"timestamp\":1714557600123}]}";
        Machine m = read(json, Machine.class);
        assertEquals(Instant.parse("2024-05-01T10:00:00.123400Z"), m.createdAt());
        assertEquals(Instant.parse("2024-05-01T10:00:01Z"), m.updatedAt());
        assertEquals(Instant.ofEpochMilli(1714557600123L), m.events().get(0).timestamp());
        assertEquals(tree(json), tree(m));

        String lease = "{\"nonce\":\"n\",\"expires_at\":1714557600,\"owner\":\"me\"}";
        Lease l = read(lease, Lease.class);
        assertEquals(Instant.ofEpochSecond(1714557600L), l.expiresAt());
        assertEquals(tree(lease), tree(l));
    }

    @Test
    void anOffsetTimestampReadsAsTheSameInstant() {
        Machine m = read("{\"created_at\":\"2024-05-01T12:00:00+02:00\"}", Machine.class);
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), m.createdAt());
    }

    @Test
    void timeoutsAndTtlsAreDurationsSentAsWholeSeconds() throws Exception {
        ExecRequest exec = ExecRequest.builder().command("ls").timeout(Duration.ofSeconds(30)).build();
        assertEquals(tree("{\"command\":[\"ls\"],\"timeout\":30}"), tree(exec));
        CreateMachineRequest create = CreateMachineRequest.builder().leaseTtl(Duration.ofMinutes(1)).build();
        assertEquals(60, tree(create).get("lease_ttl").asInt());
        HttpOptions http = read("{\"idle_timeout\":600,\"headers_read_timeout\":10,"
                + "\"replay_cache\":[{\"path_prefix\":\"/\",\"ttl_seconds\":300}]}", HttpOptions.class);
        assertEquals(Duration.ofMinutes(10), http.idleTimeout());
        assertEquals(Duration.ofSeconds(10), http.headersReadTimeout());
        assertEquals(Duration.ofMinutes(5), http.replayCache().get(0).ttl());
        assertEquals(tree("{\"idle_timeout\":600,\"headers_read_timeout\":10,"
                + "\"replay_cache\":[{\"path_prefix\":\"/\",\"ttl_seconds\":300}]}"), tree(http));
    }

    @Test
    void theExitCodeIsAPlainIntAndAnAbsentOneIsZero() throws Exception {
        ExecResult ok = read("{\"stdout\":\"hi\"}", ExecResult.class);
        assertEquals(0, ok.exitCode());
        assertFalse(tree(ok).has("exit_code"), "a 0 is left out, as the API does");
        assertEquals(3, read("{\"exit_code\":3}", ExecResult.class).exitCode());
    }

    @Test
    void anExitEventsCodeIsAPlainIntAndAnAbsentOneIsZero() throws Exception {
        String clean = "{\"oom_killed\":false,\"requested_stop\":false,\"restarting\":false,"
                + "\"exited_at\":\"2024-05-01T10:00:00Z\"}";
        ExitEvent ok = read(clean, ExitEvent.class);
        assertEquals(0, ok.exitCode(), "Go omitempty leaves out a 0");
        assertEquals(tree(clean), tree(ok), "absent stays absent when written back");
        assertEquals(0, read("{\"exit_code\":0}", ExitEvent.class).exitCode());
        assertFalse(tree(ExitEvent.builder().exitCode(0).build()).has("exit_code"), "a 0 is left out, as the API does");

        String killed = "{\"exit_code\":137,\"signal\":9,\"oom_killed\":true}";
        ExitEvent k = read(killed, ExitEvent.class);
        assertEquals(137, k.exitCode());
        assertEquals(tree(killed), tree(k));
        assertEquals(1, k.withExitCode(1).exitCode());
        assertEquals(137, k.toBuilder().build().exitCode());
    }

    @Test
    void anUnreadableFieldIsKeptRawAndLoggedOnceInsteadOfFailingTheMachine() throws Exception {
        String json = "{\"id\":\"m1\",\"config\":{\"image\":\"nginx\",\"checks\":{"
                + "\"a\":{\"type\":\"http\",\"interval\":\"every minute\",\"timeout\":\"2s\"},"
                + "\"b\":{\"type\":\"http\",\"interval\":\"often\"}}},\"created_at\":\"yesterday\"}";
        List<LogRecord> logged;
        try (LogCapture log = LogCapture.start("io.github.flymachines.json")) {
            logged = log.records();
            Machine m = read(json, Machine.class);
            MachineCheck a = m.config().checks().get("a");
            assertNull(a.interval());
            assertEquals(Duration.ofSeconds(2), a.timeout(), "the readable fields of the same check are read");
            assertEquals("every minute", a.extra().get("interval").asText(), "the raw value is kept");
            assertNull(m.createdAt());
            assertEquals("yesterday", m.extra().get("created_at").asText());
            assertEquals(tree(json), tree(m), "written back unchanged");
            read(json, Machine.class);
        }
        long intervals = logged.stream().filter(r -> r.getMessage().contains("MachineCheck.interval")).count();
        assertEquals(1, intervals, "logged once, however often it is read: " + logged);
        assertTrue(logged.stream().allMatch(r -> r.getLevel() == Level.FINE), "at DEBUG");
        assertTrue(logged.stream().noneMatch(r -> r.getMessage().contains("every minute")), "no values in logs");
    }

    @Test
    void aTimestampIsAnInstantAndItsTextAsSentIsKept() {
        Machine m = Json.read("{\"id\":\"m1\",\"created_at\":\"2024-05-01T12:00:00.120+02:00\","
                + "\"updated_at\":\"yesterday\"}", Machine.class);
        assertEquals(Instant.parse("2024-05-01T10:00:00.12Z"), m.createdAt());
        assertEquals(java.util.Map.of("created_at", "2024-05-01T12:00:00.120+02:00"), m.rawTimes());
        // an unreadable one is kept raw with the unknown fields, not among the read ones
        assertNull(m.updatedAt());
        assertEquals("yesterday", m.extra().get("updated_at").asText());
        JsonNode written = Json.mapper().valueToTree(m);
        assertEquals("2024-05-01T10:00:00.12Z", written.get("created_at").asText(), "written in the canonical form");
        assertEquals("yesterday", written.get("updated_at").asText(), "the unreadable value goes back unchanged");
        assertFalse(written.has("rawTimes") || written.has("raw_times"), "the texts are not written");
        assertEquals(m.createdAt(), m.toBuilder().build().createdAt());
        assertEquals(m.rawTimes(), m.toBuilder().build().rawTimes());
    }

    @Test
    void theLiveMachinesTimestampTextIsKept() throws IOException {
        // recorded from the live API (shared fixtures, live/machine-01.json; source in its SOURCES.md)
        String live;
        try (var in = WireTypesTest.class.getResourceAsStream("/live/machine-01.json")) {
            live = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Machine m = Json.read(live, Machine.class);
        assertEquals(Instant.parse(m.rawTimes().get("created_at")), m.createdAt());
        assertTrue(live.contains("\"created_at\":\"" + m.rawTimes().get("created_at") + "\""));
    }
}
