package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ExecResult;
import io.github.flymachines.model.ListMachinesQuery;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.ProcessStat;
import io.github.flymachines.testing.support.SpecAudit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Metadata (and the list filter), exec, processes and events through the SDK; parameter injection. */
class MachineOpsTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final MachineConfig CONFIG = MachineConfig.builder().image("alpine:3").build();

    @RegisterExtension
    final AfterEachCallback audit = SpecAudit.afterEach(fly);

    @Test
    void metadataGetSetDeleteAndListFilter(FakeFly fake, io.github.flymachines.FlyMachines client) {
        fake.createApp("meta");
        MachinesClient machines = client.app("meta").machines();
        Machine a = machines.create(CreateMachineRequest.of(CONFIG.toBuilder().metadata(Map.of("role", "web")).build()));
        Machine b = machines.create(CreateMachineRequest.of(CONFIG.toBuilder().metadata(Map.of("role", "worker")).build()));
        MachineClient ma = machines.withId(a.id());
        assertEquals(Optional.of("web"), ma.metadata().get("role"));
        ma.metadata().set("tier", "gold");
        assertEquals("gold", ma.metadata().all().get("tier"));
        ma.metadata().delete("tier");
        assertEquals(Optional.empty(), ma.metadata().get("tier"));

        List<Machine> workers = machines.list(ListMachinesQuery.byMetadata("role", "worker"));
        assertEquals(List.of(b.id()), workers.stream().map(Machine::id).toList());
        // the filter is applied by the fake: check the wire
        assertTrue(fake.wireMock().getAllServeEvents().stream()
                .anyMatch(e -> e.getRequest().getUrl().contains("metadata.role=worker")));
    }

    @Test
    void metadataReplaceWithAStaleMachineVersionIs412(FakeFly fake) throws Exception {
        fake.createApp("meta412");
        Machine m = fly.client().app("meta412").machines().create(CreateMachineRequest.of(CONFIG));
        String path = "/v1/apps/meta412/machines/" + m.id() + "/metadata";
        var stale = io.github.flymachines.testing.support.Raw.send(fake, "PUT", path,
                "{\"metadata\":{\"a\":\"1\"},\"machine_version\":\"01AAAAAAAAAAAAAAAAAAAAAAAA\"}");
        assertEquals(412, stale.statusCode());
        var ok = io.github.flymachines.testing.support.Raw.send(fake, "PUT", path,
                "{\"metadata\":{\"a\":\"1\"},\"machine_version\":\"" + m.instanceId() + "\"}");
        assertEquals(204, ok.statusCode());
        assertEquals(Map.of("a", "1"), fly.client().app("meta412").machines().withId(m.id()).metadata().all());
    }

    @Test
    void execEchoesByDefaultAndCanBeScripted(FakeFly fake, FakeClock clock) {
        fake.createApp("exec");
        MachinesClient machines = fly.client().app("exec").machines();
        Machine m = machines.create(CreateMachineRequest.of(CONFIG));
        fake.settle();
        MachineClient mc = machines.withId(m.id());
        ExecResult echo = mc.exec("echo", "hi");
        assertEquals(0, echo.exitCode());
        assertEquals("echo hi\n", echo.stdout());

        fake.onExec(call -> call.command().get(0).equals("false") ? new ExecOutcome(1, "", "nope")
                : ExecOutcome.ok("ran " + call.machineId()));
        try {
            ExecResult failed = mc.exec("false");
            assertEquals(1, failed.exitCode());
            assertEquals("nope", failed.stderr());
            assertEquals("ran " + m.id(), mc.exec("true").stdout());
        } finally {
            fake.onExec(call -> ExecOutcome.ok(String.join(" ", call.command()) + "\n"));
        }
        List<ProcessStat> ps = mc.processes();
        assertEquals(2, ps.size());
        assertTrue(clock.isManual());
    }

    @Test
    void eventsAreNewestFirstWithUlidIdsAndMillisecondTimestamps(FakeFly fake) {
        fake.createApp("events");
        MachinesClient machines = fly.client().app("events").machines();
        Machine m = machines.create(CreateMachineRequest.of(CONFIG));
        fake.settle();
        var events = machines.withId(m.id()).events();
        assertEquals(List.of("start", "launch"), events.stream().map(e -> e.type().toString()).toList());
        assertTrue(events.get(0).id().compareTo(events.get(1).id()) > 0);
        assertEquals(fake.clock().instant().toEpochMilli(), events.get(0).timestamp().toEpochMilli());
    }
}
