package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The program model (FAKE_EXIT_* env) and the create/start time model, on a manual clock. */
class ProgramModelTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.createTime(Duration.ofMillis(400))
            .startTime(Duration.ofMillis(60)).transitionTime(Duration.ofMillis(20)));
    static final ObjectMapper JSON = new ObjectMapper();
    FakeFly fake;

    @BeforeEach
    void setUp() {
        fake = fly.fake();
        fake.createApp("prog");
    }

    @AfterEach
    void audit() {
        SpecAudit.checkAndReset(fake.wireMock());
    }

    String create(String env, String extra) throws Exception {
        String body = "{\"config\":{\"image\":\"alpine:3\",\"env\":{" + env + "}" + extra + "}}";
        var r = Raw.send(fake, "POST", "/v1/apps/prog/machines", body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asText();
    }

    JsonNode exitEvent(String id) throws Exception {
        for (JsonNode e : JSON.readTree(Raw.send(fake, "GET", "/v1/apps/prog/machines/" + id + "/events", null).body())) {
            if (e.get("type").asText().equals("exit")) {
                return e.get("request").get("exit_event");
            }
        }
        return null;
    }

    @Test
    void createIsSlowerThanStart() throws Exception {
        String id = create("", "");
        fake.clock().advance(Duration.ofMillis(339));
        assertEquals("created", fake.machineState("prog", id));
        fake.clock().advance(Duration.ofMillis(1));
        assertEquals("starting", fake.machineState("prog", id));
        fake.clock().advance(Duration.ofMillis(60));
        assertEquals("started", fake.machineState("prog", id), "created -> started takes the 400 ms create time");
        Raw.send(fake, "POST", "/v1/apps/prog/machines/" + id + "/stop", "{}");
        fake.clock().advance(Duration.ofMillis(20));
        assertEquals("stopped", fake.machineState("prog", id));
        Raw.send(fake, "POST", "/v1/apps/prog/machines/" + id + "/start", null);
        assertEquals("starting", fake.machineState("prog", id));
        fake.clock().advance(Duration.ofMillis(59));
        assertEquals("starting", fake.machineState("prog", id));
        fake.clock().advance(Duration.ofMillis(1));
        assertEquals("started", fake.machineState("prog", id), "stopped -> started takes the 60 ms start time");
    }

    @Test
    void exitsAfterTheDurationThenAutoDestroys() throws Exception {
        java.time.Instant t0 = fake.clock().instant();
        String id = create("\"FAKE_EXIT_AFTER\":\"2s\",\"FAKE_EXIT_CODE\":\"3\"",
                ",\"auto_destroy\":true,\"restart\":{\"policy\":\"no\"}");
        fake.clock().advance(Duration.ofMillis(400));
        assertEquals("started", fake.machineState("prog", id));
        fake.clock().advance(Duration.ofMillis(1999));
        assertEquals("started", fake.machineState("prog", id));
        fake.clock().advance(Duration.ofMillis(1));
        assertEquals("destroying", fake.machineState("prog", id));
        JsonNode e = exitEvent(id);
        assertEquals(3, e.get("exit_code").asInt());
        assertEquals(3, e.get("guest_exit_code").asInt());
        assertFalse(e.get("oom_killed").asBoolean());
        assertFalse(e.get("restarting").asBoolean());
        assertFalse(e.get("requested_stop").asBoolean());
        assertEquals(t0.plusMillis(2400).toString(), e.get("exited_at").asText());
        fake.settle();
        assertEquals("destroyed", fake.machineState("prog", id));
    }

    @Test
    void onFailureRestartsUntilMaxRetriesWithSignalAndOom() throws Exception {
        String id = create("\"FAKE_EXIT_AFTER\":\"150ms\",\"FAKE_EXIT_SIGNAL\":\"SIGKILL\",\"FAKE_OOM\":\"true\"",
                ",\"restart\":{\"policy\":\"on-failure\",\"max_retries\":2}");
        fake.clock().advance(Duration.ofMillis(400 + 150));
        JsonNode first = exitEvent(id);
        assertEquals(137, first.get("exit_code").asInt(), "no FAKE_EXIT_CODE with a signal: 128 + 9");
        assertEquals(9, first.get("signal").asInt());
        assertTrue(first.get("oom_killed").asBoolean());
        assertTrue(first.get("restarting").asBoolean());
        assertEquals("starting", fake.machineState("prog", id));
        fake.clock().advance(Duration.ofMillis(60 + 150)); // second run exits, restart 2
        fake.clock().advance(Duration.ofMillis(60 + 150)); // third run exits, no retries left
        assertEquals("stopped", fake.machineState("prog", id));
        assertFalse(exitEvent(id).get("restarting").asBoolean());
        assertEquals(0, fake.clock().pendingTimers());
    }

    @Test
    void stopCancelsThePendingExitAndCleanExitWithAlwaysRestarts() throws Exception {
        String id = create("\"FAKE_EXIT_AFTER\":\"1s\"", ",\"restart\":{\"policy\":\"always\"}");
        fake.clock().advance(Duration.ofMillis(400 + 1000));
        assertTrue(exitEvent(id).get("restarting").asBoolean(), "always restarts after a clean exit");
        fake.clock().advance(Duration.ofMillis(60));
        assertEquals("started", fake.machineState("prog", id));
        Raw.send(fake, "POST", "/v1/apps/prog/machines/" + id + "/stop", "{}");
        fake.settle();
        fake.clock().advance(Duration.ofSeconds(5));
        assertEquals("stopped", fake.machineState("prog", id), "a stopped machine's program does not exit again");
    }

    @Test
    void invalidProgramEnvIsRefused() {
        for (String env : new String[] {"\"FAKE_EXIT_AFTER\":\"soon\"", "\"FAKE_EXIT_CODE\":\"x\"",
            "\"FAKE_EXIT_AFTER\":\"1s\",\"FAKE_EXIT_SIGNAL\":\"SIGNOPE\""}) {
            var r = Raw.send(fake, "POST", "/v1/apps/prog/machines",
                    "{\"config\":{\"image\":\"alpine:3\",\"env\":{" + env + "}}}");
            assertEquals(400, r.statusCode(), env);
        }
    }
}
