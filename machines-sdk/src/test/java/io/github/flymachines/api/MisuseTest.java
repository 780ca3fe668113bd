package io.github.flymachines.api;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.flymachines.support.TestMachine.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.FlyClientException;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.lifecycle.RunOptions;
import io.github.flymachines.lifecycle.ScaleOutRequest;
import io.github.flymachines.lifecycle.UpdateOptions;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.RestartRequest;
import io.github.flymachines.model.Signal;
import io.github.flymachines.model.StopConfig;
import io.github.flymachines.model.StopRequest;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.WireMockApi;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Misuse is refused with a clear exception before anything is sent. */
class MisuseTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    static final MachineConfig CONFIG = MachineConfig.builder().image("nginx:1.27").guest(Guest.shared(1, 256)).build();

    int sent() {
        return api.server().getAllServeEvents().size();
    }

    @Test
    void callsAfterCloseFailWithoutSending() {
        FlyMachines fly = api.client();
        MachinesClient machines = fly.app("my-app").machines();
        MachineClient machine = machines.withId(ID);
        fly.close();
        FlyClientException e = assertThrows(FlyClientException.class,
                () -> machines.run(CreateMachineRequest.of(CONFIG)));
        assertFalse(e instanceof FlyValidationException);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertFalse(e.requestMayHaveReachedServer());
        assertThrows(FlyClientException.class, machine::get);
        assertThrows(FlyClientException.class, () -> fly.app("other").machines().list());
        CompletionException ce = assertThrows(CompletionException.class,
                () -> machine.waitForAsync(WaitState.STARTED, Duration.ofSeconds(5)).join());
        assertInstanceOf(FlyClientException.class, ce.getCause());
        fly.close(); // twice: nothing more
        assertEquals(0, sent());
    }

    @Test
    void nullRegionsAreRefused() {
        assertEquals("regions[0]", assertThrows(FlyValidationException.class,
                () -> CreateMachineRequest.of(CONFIG).inRegions((String) null)).field());
        assertEquals("regions", assertThrows(FlyValidationException.class,
                () -> CreateMachineRequest.of(CONFIG).inRegions((String[]) null)).field());
        assertEquals("regions[1]", assertThrows(FlyValidationException.class,
                () -> CreateMachineRequest.of(CONFIG).inRegions("ord", null)).field());
    }

    @Test
    void emptyOrBlankCommandsAreRefused() {
        MachineClient machine = api.client().app("my-app").machines().withId(ID);
        assertEquals("command[0]", assertThrows(FlyValidationException.class, () -> machine.exec("")).field());
        assertEquals("command", assertThrows(FlyValidationException.class, () -> machine.exec()).field());
        assertEquals("command[1]", assertThrows(FlyValidationException.class,
                () -> machine.exec("ls", null)).field());
        assertEquals("command[0]", assertThrows(FlyValidationException.class,
                () -> machine.exec(ExecRequest.of(" "))).field());
        assertEquals(0, sent());
    }

    @Test
    void stopAndRestartSignalsOutsideTheApiListAreRefused() {
        MachineClient machine = api.client().app("my-app").machines().withId(ID);
        FlyValidationException stop = assertThrows(FlyValidationException.class,
                () -> machine.stop(StopRequest.builder().signal(Signal.SIGABRT).build()));
        assertEquals("signal", stop.field());
        assertTrue(stop.getMessage().contains("SIGTERM"), stop.getMessage());
        assertThrows(FlyValidationException.class, () -> machine.restart(new RestartRequest(Signal.SIGSEGV, null, null)));
        assertThrows(FlyValidationException.class, () -> machine.signal(Signal.of("SIGNOPE")));
        FlyValidationException config = assertThrows(FlyValidationException.class, () -> api.client().app("my-app")
                .machines().create(CreateMachineRequest.of(CONFIG.toBuilder()
                        .stopConfig(new StopConfig(null, Signal.SIGFPE, java.util.Map.of())).build())));
        assertEquals("config.stop_config.signal", config.field());
        assertEquals(0, sent());
    }

    @Test
    void optionsRecordsRefuseBadValuesWithValidationExceptions() {
        assertEquals("waitTimeout", assertThrows(FlyValidationException.class,
                () -> RunOptions.DEFAULTS.withWaitTimeout(Duration.ZERO)).field());
        assertEquals("waitTimeout", assertThrows(FlyValidationException.class,
                () -> RunOptions.DEFAULTS.withWaitTimeout(null)).field());
        assertEquals("count", assertThrows(FlyValidationException.class,
                () -> ScaleOutRequest.of(CreateMachineRequest.of(CONFIG), 0, "ord")).field());
        assertEquals("concurrency", assertThrows(FlyValidationException.class,
                () -> ScaleOutRequest.of(CreateMachineRequest.of(CONFIG), 2, "ord").withConcurrency(0)).field());
        assertEquals("leaseTtl", assertThrows(FlyValidationException.class,
                () -> UpdateOptions.DEFAULTS.withLeaseTtl(Duration.ZERO)).field());
    }

    @Test
    void previewUpdateValidatesLikeUpdate() {
        api.server().stubFor(get(urlEqualTo("/v1/apps/my-app/machines/" + ID)).willReturn(okJson(Fixtures.machine(ID, "started"))));
        MachineClient machine = api.client().app("my-app").machines().withId(ID);
        FlyValidationException preview = assertThrows(FlyValidationException.class,
                () -> machine.previewUpdate(c -> c.withGuest(c.guest().withMemoryMb(300))));
        assertEquals("config.guest.memory_mb", preview.field());
        FlyValidationException update = assertThrows(FlyValidationException.class,
                () -> machine.update(c -> c.withGuest(c.guest().withMemoryMb(300)), UpdateOptions.DEFAULTS.asDryRun()));
        assertEquals(preview.problems(), update.problems());
        assertEquals("change", assertThrows(FlyValidationException.class, () -> machine.previewUpdate(c -> null)).field());
        assertEquals("change", assertThrows(FlyValidationException.class,
                () -> machine.update(c -> null, UpdateOptions.DEFAULTS.asDryRun())).field());
        for (ServeEvent e : api.server().getAllServeEvents()) {
            assertEquals("GET", e.getRequest().getMethod().getName(), "only reads: " + e.getRequest().getUrl());
        }
    }
}
