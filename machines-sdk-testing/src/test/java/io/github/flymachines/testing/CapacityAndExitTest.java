package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.errors.CapacityException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.RestartConfig;
import io.github.flymachines.model.RestartPolicy;
import io.github.flymachines.testing.support.SpecAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Region capacity with the SDK's placement fallback; process exit with restart policies and
 * auto_destroy. Auto-advance: the SDK backs off between retries of a start refused for capacity,
 * and those back-offs run on the fake clock.
 */
class CapacityAndExitTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    @AfterEach
    void audit() {
        SpecAudit.checkAndReset(fly.fake().wireMock());
        fly.fake().clearCapacity("ord").clearCapacity("iad");
    }

    private static MachineConfig config(RestartConfig restart, Boolean autoDestroy) {
        return MachineConfig.builder().image("busybox:1").restart(restart).autoDestroy(autoDestroy).build();
    }

    @Test
    void createFallsBackToTheNextRegionWhenTheFirstIsFull() {
        FakeFly fake = fly.fake();
        fake.createApp("cap-a").setCapacity("ord", 0);
        Machine m = fly.client().app("cap-a").machines()
                .create(CreateMachineRequest.of(config(null, null)).inRegions("ord", "iad"));
        assertEquals("iad", m.region());
        // the SDK first tried ord and got the real capacity answer
        var attempts = fake.wireMock().findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/v1/apps/cap-a/machines")));
        assertEquals(2, attempts.size());
        assertTrue(attempts.get(0).getBodyAsString().contains("\"ord\""));
        assertEquals(1, fake.machineIds("cap-a").size(), "the refused create made no machine");
    }

    @Test
    void startInAFullRegionIsACapacityErrorAndCreateWithoutFallbackFails() {
        FakeFly fake = fly.fake();
        fake.createApp("cap-b").setCapacity("ord", 1);
        MachinesClient machines = fly.client().app("cap-b").machines();
        Machine first = machines.create(CreateMachineRequest.of(config(null, null)).withRegion("ord"));
        Machine standby = machines.create(CreateMachineRequest.of(config(null, null)).withRegion("ord")
                .withSkipLaunch(true));
        fake.settle();
        CapacityException e = assertThrows(CapacityException.class, () -> machines.withId(standby.id()).start());
        assertEquals(412, e.httpStatus());
        assertEquals(CapacityException.Scope.HOST, e.scope());
        assertTrue(e.getMessage().contains("could not reserve resource for machine"), e.getMessage());
        assertThrows(CapacityException.class,
                () -> machines.create(CreateMachineRequest.of(config(null, null)).withRegion("ord")));

        machines.withId(first.id()).stop();
        fake.settle();
        machines.withId(standby.id()).start(); // room again
        fake.settle();
        assertEquals("started", fake.machineState("cap-b", standby.id()));
    }

    @Test
    void exitWithAutoDestroyDestroysTheMachine() {
        FakeFly fake = fly.fake();
        fake.createApp("exit-a");
        Machine m = fly.client().app("exit-a").machines()
                .create(CreateMachineRequest.of(config(RestartConfig.of(RestartPolicy.NO), true)));
        fake.settle();
        fake.exitMachine("exit-a", m.id(), 0);
        assertEquals("destroying", fake.machineState("exit-a", m.id()));
        fake.settle();
        assertEquals("destroyed", fake.machineState("exit-a", m.id()));
        assertTrue(fly.client().app("exit-a").machines().list().isEmpty());
    }

    @Test
    void restartPolicies() {
        FakeFly fake = fly.fake();
        fake.createApp("exit-b");
        MachinesClient machines = fly.client().app("exit-b").machines();
        Machine never = machines.create(CreateMachineRequest.of(config(RestartConfig.of(RestartPolicy.NO), null)));
        Machine always = machines.create(CreateMachineRequest.of(config(RestartConfig.of(RestartPolicy.ALWAYS), null)));
        Machine onFailure = machines.create(CreateMachineRequest.of(config(
                RestartConfig.builder().policy(RestartPolicy.ON_FAILURE).maxRetries(2).build(), null)));
        fake.settle();

        fake.exitMachine("exit-b", never.id(), 1);
        fake.exitMachine("exit-b", always.id(), 0);
        fake.settle();
        assertEquals("stopped", fake.machineState("exit-b", never.id()));
        assertEquals("started", fake.machineState("exit-b", always.id()));

        // on-failure: a clean exit stays stopped... after two failed restarts it gives up
        for (int i = 0; i < 2; i++) {
            fake.exitMachine("exit-b", onFailure.id(), 3);
            fake.settle();
            assertEquals("started", fake.machineState("exit-b", onFailure.id()), "retry " + (i + 1));
        }
        fake.exitMachine("exit-b", onFailure.id(), 3);
        fake.settle();
        assertEquals("stopped", fake.machineState("exit-b", onFailure.id()));

        MachineClient a = machines.withId(always.id());
        assertFalse(a.events().stream().filter(e -> e.type().toString().equals("exit")).toList().isEmpty());
        assertThrows(IllegalStateException.class, () -> fake.exitMachine("exit-b", never.id(), 0),
                "only a started machine can exit");
    }
}
