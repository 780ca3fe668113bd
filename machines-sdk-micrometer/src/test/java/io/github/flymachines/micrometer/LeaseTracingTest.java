package io.github.flymachines.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.api.MachineClient;
import java.time.Duration;
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
 * A lease's background calls under tracing, on the fake's manual clock: the lease's Observation
 * is a child of the caller's span, and the refreshes and the release the SDK makes for it later
 * (on its own threads) are children of the lease's span, not root spans.
 */
class LeaseTracingTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();

    @Test
    void refreshesAndTheReleaseAreChildrenOfTheLeaseSpan() throws Exception {
        InMemoryTracing tracing = new InMemoryTracing();
        InMemorySpanExporter exporter = tracing.exporter;
        ObservationRegistry observations = tracing.observations;

        fly.fake().createApp("trace-lease");
        Machine created = fly.client().app("trace-lease").machines()
                .create(CreateMachineRequest.of(MachineConfig.builder().image("busybox:1").build()));
        fly.fake().settle();
        AttributeKey<String> operation = AttributeKey.stringKey(FlyMicrometer.OPERATION);
        try (FlyMachines client = fly.fake().clientBuilder()
                .listener(FlyMicrometer.builder().observationRegistry(observations).build()).build()) {
            MachineClient m = client.app("trace-lease").machines().withId(created.id());
            Observation caller = Observation.start("caller", observations);
            HeldLease lease;
            try (Observation.Scope scope = caller.openScope()) {
                lease = m.lease(Duration.ofSeconds(30));
            } finally {
                caller.stop();
            }
            // about a third of the TTL later, the lease is refreshed in the background
            fly.fake().clock().advance(Duration.ofSeconds(12));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (exporter.getFinishedSpanItems().stream().filter(s -> "Machines_create_lease".equals(s.getName()))
                    .count() < 2) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no refresh span in " + exporter.getFinishedSpanItems());
                }
                Thread.sleep(10); // waiting for an event, not timing it
            }
            lease.close();
        }

        List<SpanData> spans = exporter.getFinishedSpanItems();
        SpanData callerSpan = spans.stream().filter(s -> s.getName().equals("caller")).findFirst().orElseThrow();
        SpanData leaseSpan = spans.stream().filter(s -> s.getName().equals("lease")).findFirst().orElseThrow();
        assertEquals(callerSpan.getSpanId(), leaseSpan.getParentSpanId(), "the lease is the caller's child");
        List<SpanData> leaseCalls = spans.stream().filter(s -> s.getAttributes().get(operation) != null)
                .filter(s -> s.getName().contains("lease")).toList();
        List<String> names = leaseCalls.stream().map(SpanData::getName).toList();
        assertEquals(3, leaseCalls.size(), "acquire, refresh, release: " + names);
        SpanData acquire = leaseCalls.stream().min(java.util.Comparator.comparingLong(SpanData::getStartEpochNanos))
                .orElseThrow();
        assertEquals(callerSpan.getSpanId(), acquire.getParentSpanId(), "the acquire is the caller's child");
        for (SpanData s : leaseCalls) {
            assertEquals(callerSpan.getTraceId(), s.getTraceId(), s.getName() + " is in the caller's trace");
            if (s != acquire) {
                assertEquals(leaseSpan.getSpanId(), s.getParentSpanId(), s.getName() + " is not a child of the lease");
            }
        }
        tracing.close();
    }
}
