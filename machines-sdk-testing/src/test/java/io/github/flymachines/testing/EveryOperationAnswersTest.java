package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.CreateVolumeRequest;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.support.SpecValidator;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calls every operation of the spec once over raw HTTP and counts the answers: none may be 501,
 * none may be the fake's "no such route" 404, and every answer must match the spec (minus the
 * documented defects). Request bodies are minimal on purpose (their 400s are real answers), so
 * only the responses are audited.
 */
class EveryOperationAnswersTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noOperationAnswers501() throws Exception {
        FakeFly fake = fly.fake();
        fake.createApp("cov");
        String machine = fly.client().app("cov").machines().create(CreateMachineRequest.of(MachineConfig.builder()
                .image("alpine").build())).id();
        String volume = fly.client().app("cov").volumes().create(CreateVolumeRequest.builder().name("data")
                .region("iad").sizeGb(1).build()).id();
        fake.settle();

        JsonNode spec = JSON.readTree(Files.readString(SpecValidator.specPath()));
        List<String[]> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            Iterator<String> methods = p.getValue().fieldNames();
            while (methods.hasNext()) {
                String m = methods.next().toUpperCase(Locale.ROOT);
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(m)) {
                    ops.add(new String[] {m, p.getKey()});
                }
            }
        }
        assertEquals(76, ops.size(), "the spec's operations (PUT and PATCH metadata count as two)");
        // deletes last, the app's own delete at the very end
        ops.sort((a, b) -> Integer.compare(rank(a), rank(b)));

        List<String> notImplemented = new ArrayList<>();
        List<String> unrouted = new ArrayList<>();
        for (String[] op : ops) {
            String path = "/v1" + op[1].replace("{app_name}", "cov").replace("{machine_id}", machine)
                    .replace("{volume_id}", volume).replace("{secret_name}", "cov-key").replace("{key}", "k")
                    .replace("{hostname}", "cov.example.com").replace("{ip}", "198.51.100.1")
                    .replace("{org_slug}", "personal");
            if (op[1].equals("/apps") && op[0].equals("GET")) {
                path += "?org_slug=personal";
            }
            if (op[1].endsWith("/wait")) {
                fake.settle();
                path += "?timeout=1&state=" + fake.machineState("cov", machine);
            }
            String body = op[0].equals("GET") || op[0].equals("DELETE") ? null : "{}";
            HttpResponse<String> r = Raw.send(fake, op[0], path, body);
            if (r.statusCode() == 501) {
                notImplemented.add(op[0] + " " + op[1]);
            }
            if (r.statusCode() == 404 && r.body().contains("\"not found: ")) {
                unrouted.add(op[0] + " " + op[1]);
            }
        }
        assertTrue(notImplemented.isEmpty(), "operations answering 501: " + notImplemented);
        assertTrue(unrouted.isEmpty(), "operations the fake does not route: " + unrouted);
        int checked = SpecAudit.checkAndReset(fake.wireMock(), r -> true);
        assertTrue(checked >= 76);
    }

    private static int rank(String[] op) {
        if (op[0].equals("DELETE") && op[1].equals("/apps/{app_name}")) {
            return 3;
        }
        if (op[0].equals("DELETE")) {
            return 2;
        }
        return 1;
    }
}
