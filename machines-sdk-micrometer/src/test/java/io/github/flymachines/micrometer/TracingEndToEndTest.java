package io.github.flymachines.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.FakeFlyExtension;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end with micrometer-tracing's OpenTelemetry bridge and OpenTelemetry's in-memory span
 * exporter: a {@code run} with one capacity fallback makes one span per API call, each a child of
 * the caller's span, each request carrying its span's W3C {@code traceparent}; the retry is a
 * span event; no attribute, event or status holds a secret.
 */
class TracingEndToEndTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    static final String ENV_SECRET = "env-value-never-in-a-span-77";

    @Test
    void aRunWithOneCapacityFallbackMakesOneSpanPerApiCallUnderTheCallersSpan() {
        InMemoryTracing tracing = new InMemoryTracing();
        InMemorySpanExporter exporter = tracing.exporter;
        ObservationRegistry observations = tracing.observations;

        fly.fake().createApp("trace-a").setCapacity("ord", 0);
        fly.fake().wireMock().resetRequests();
        MachineConfig config = MachineConfig.builder().image("busybox:1").env(Map.of("SECRET", ENV_SECRET)).build();
        Machine m;
        try (FlyMachines client = fly.fake().clientBuilder()
                .listener(FlyMicrometer.builder().observationRegistry(observations).build()).build()) {
            Observation caller = Observation.start("caller", observations);
            try (Observation.Scope scope = caller.openScope()) {
                m = client.app("trace-a").machines().run(CreateMachineRequest.of(config).inRegions("ord", "iad"));
            } finally {
                caller.stop();
            }
        } finally {
            fly.fake().clearCapacity("ord");
        }
        assertEquals("iad", m.region());

        List<SpanData> spans = exporter.getFinishedSpanItems();
        SpanData callerSpan = spans.stream().filter(s -> s.getName().equals("caller")).findFirst().orElseThrow();
        AttributeKey<String> operation = AttributeKey.stringKey(FlyMicrometer.OPERATION);
        List<SpanData> apiSpans = spans.stream().filter(s -> s.getAttributes().get(operation) != null).toList();
        List<ServeEvent> requests = fly.fake().wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/v1/apps/trace-a/")).toList();

        // one span per API call: the create (two attempts, one span) and the wait's poll(s)
        long createRequests = requests.stream().filter(e -> e.getRequest().getMethod().getName().equals("POST")).count();
        assertEquals(2, createRequests);
        assertEquals(requests.size() - 1, apiSpans.size(), "spans " + apiSpans.stream().map(SpanData::getName).toList());
        assertEquals(1, apiSpans.stream().filter(s -> s.getName().equals("Machines_create")).count());
        assertTrue(apiSpans.stream().anyMatch(s -> s.getName().equals("Machines_wait")));
        for (SpanData s : apiSpans) {
            assertEquals(callerSpan.getTraceId(), s.getTraceId(), s.getName());
            assertEquals(callerSpan.getSpanId(), s.getParentSpanId(), s.getName() + " is not a child of the caller");
        }

        // the retry is visible on the create's span, with the region it left
        SpanData create = apiSpans.stream().filter(s -> s.getName().equals("Machines_create")).findFirst().orElseThrow();
        assertTrue(create.getEvents().stream().anyMatch(e -> e.getName().startsWith("retry (capacity) after attempt 1 in ord")),
                create.getEvents().toString());
        assertEquals("iad", create.getAttributes().get(AttributeKey.stringKey(FlyMicrometer.REGION)));
        assertEquals("success", create.getAttributes().get(AttributeKey.stringKey(FlyMicrometer.OUTCOME)));

        // every request carried the traceparent of its call's span
        Set<String> apiSpanIds = apiSpans.stream().map(SpanData::getSpanId).collect(Collectors.toSet());
        for (ServeEvent e : requests) {
            String tp = e.getRequest().getHeader("traceparent");
            assertNotNull(tp, e.getRequest().getUrl());
            String[] parts = tp.split("-");
            assertEquals(callerSpan.getTraceId(), parts[1]);
            assertTrue(apiSpanIds.contains(parts[2]), tp);
        }

        // no secret anywhere in what the spans hold
        String everything = spans.stream().map(s -> s.getName() + s.getAttributes() + s.getEvents() + s.getStatus())
                .collect(Collectors.joining("\n"));
        assertFalse(everything.contains(ENV_SECRET), everything);
        assertFalse(everything.contains(fly.fake().token()), everything);
        tracing.close();
    }
}
