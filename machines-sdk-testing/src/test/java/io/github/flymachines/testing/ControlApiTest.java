package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control API under /__fake/, over raw HTTP only (what a test in another language does). */
class ControlApiTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String MACHINE = "{\"config\":{\"image\":\"alpine:3\",\"restart\":{\"policy\":\"no\"}}}";

    @RegisterExtension
    final AfterEachCallback audit = SpecAudit.afterEach(fly);

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> send(String method, String path, String body) {
        return Raw.send(fly.fake(), method, path, body);
    }

    @Test
    void appsClockTimersAndSettle() throws Exception {
        FakeFly fake = fly.fake();
        assertEquals(201, send("POST", "/__fake/apps", "{\"name\":\"ctl-a\"}").statusCode());
        assertEquals(200, send("GET", "/v1/apps/ctl-a", null).statusCode());
        String id = json(send("POST", "/v1/apps/ctl-a/machines", MACHINE)).get("id").asText();

        JsonNode clock = json(send("GET", "/__fake/timers", null));
        assertTrue(clock.get("manual").asBoolean());
        assertEquals(1, clock.get("pending_timers").size());
        assertTrue(clock.get("pending_timers").get(0).asText().contains("machine " + id + " (app ctl-a): created -> starting"),
                clock.toString());

        JsonNode after = json(send("POST", "/__fake/clock/advance", "{\"by\":\"350ms\"}"));
        assertEquals("2026-01-01T00:00:00.350Z", after.get("now").asText());
        assertEquals("starting", fake.machineState("ctl-a", id));
        send("POST", "/__fake/clock/settle", null);
        assertEquals("started", fake.machineState("ctl-a", id));
        assertEquals(0, json(send("GET", "/__fake/clock", null)).get("pending_timers").size());

        assertEquals(400, send("POST", "/__fake/clock/advance", "{\"by\":\"soon\"}").statusCode());
        assertEquals(400, send("POST", "/__fake/clock/advance", "{\"by\":\"-1s\"}").statusCode());
        assertEquals(401, Raw.getWithAuth(fake, "/__fake/clock", "Bearer wrong").statusCode());
        assertEquals(404, send("GET", "/__fake/nothing", null).statusCode());
    }

    @Test
    void exitWithCodeAndExecResults() throws Exception {
        FakeFly fake = fly.fake();
        send("POST", "/__fake/apps", "{\"name\":\"ctl-b\"}");
        String id = json(send("POST", "/v1/apps/ctl-b/machines", MACHINE)).get("id").asText();
        fake.settle();

        assertEquals(200, send("POST", "/__fake/exec",
                "{\"results\":[{\"exit_code\":3,\"stdout\":\"out\",\"stderr\":\"err\"}]}").statusCode());
        JsonNode first = json(send("POST", "/v1/apps/ctl-b/machines/" + id + "/exec", "{\"command\":[\"ls\"]}"));
        assertEquals(3, first.get("exit_code").asInt());
        assertEquals("out", first.get("stdout").asText());
        assertEquals("err", first.get("stderr").asText());
        JsonNode second = json(send("POST", "/v1/apps/ctl-b/machines/" + id + "/exec", "{\"command\":[\"ls\"]}"));
        assertEquals("ls\n", second.get("stdout").asText(), "after the queue, the echo again");

        HttpResponse<String> exit = send("POST", "/__fake/apps/ctl-b/machines/" + id + "/exit",
                "{\"exit_code\":137,\"signal\":\"SIGKILL\",\"oom_killed\":true}");
        assertEquals(200, exit.statusCode(), exit.body());
        assertEquals("stopped", json(exit).get("state").asText());
        JsonNode events = json(send("GET", "/v1/apps/ctl-b/machines/" + id + "/events", null));
        JsonNode ev = events.get(0);
        assertEquals("exit", ev.get("type").asText());
        JsonNode e = ev.get("request").get("exit_event");
        assertEquals(137, e.get("exit_code").asInt());
        assertEquals(9, e.get("signal").asInt());
        assertTrue(e.get("oom_killed").asBoolean());
        assertEquals(412, send("POST", "/__fake/apps/ctl-b/machines/" + id + "/exit", "{\"exit_code\":1}").statusCode(),
                "a stopped machine has no process to exit");
        assertEquals(404, send("POST", "/__fake/apps/ctl-b/machines/nope/exit", "{}").statusCode());
    }

    @Test
    void capacityAndReset() throws Exception {
        send("POST", "/__fake/apps", "{\"name\":\"ctl-c\"}");
        assertEquals(200, send("PUT", "/__fake/capacity/ord", "{\"machines\":0}").statusCode());
        assertEquals(0, json(send("GET", "/__fake/capacity", null)).get("ord").asInt());
        HttpResponse<String> refused = send("POST", "/v1/apps/ctl-c/machines",
                "{\"region\":\"ord\",\"config\":{\"image\":\"alpine:3\"}}");
        assertEquals(412, refused.statusCode());
        assertEquals("insufficient_capacity", json(refused).get("status").asText());
        assertEquals(400, send("PUT", "/__fake/capacity/ord", "{\"machines\":-1}").statusCode());
        assertEquals(204, send("DELETE", "/__fake/capacity/ord", null).statusCode());
        assertEquals(200, send("POST", "/v1/apps/ctl-c/machines",
                "{\"region\":\"ord\",\"config\":{\"image\":\"alpine:3\"}}").statusCode());

        send("PUT", "/__fake/capacity/iad", "{\"machines\":1}");
        assertEquals(200, send("POST", "/__fake/reset", null).statusCode());
        assertEquals(404, send("GET", "/v1/apps/ctl-c", null).statusCode());
        assertEquals(0, json(send("GET", "/__fake/capacity", null)).size());
    }
}
