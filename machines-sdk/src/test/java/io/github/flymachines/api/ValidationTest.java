package io.github.flymachines.api;

import static io.github.flymachines.support.TestMachine.ID;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.internal.validate.Validator;
import io.github.flymachines.model.CpuKind;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.MachineCheck;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineConfigBuilder;
import io.github.flymachines.model.MachineFile;
import io.github.flymachines.model.MachineService;
import io.github.flymachines.model.Mount;
import io.github.flymachines.model.RootfsConfig;
import io.github.flymachines.model.ServiceConcurrency;
import io.github.flymachines.model.ServicePort;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitRequest;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.support.WireTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input is refused with {@link FlyValidationException} naming the field path, before any
 * request is sent (WireMock must see zero requests), in blocking and async forms alike.
 */
class ValidationTest extends WireTest {
    MachinesClient machines;
    MachineClient machine;

    @BeforeEach
    void setUp() {
        machines = fly.app("my-app").machines();
        machine = machines.withId(ID);
    }

    @AfterEach
    void nothingWasSent() {
        assertEquals(0, api.server().getAllServeEvents().size(), "a request was sent despite invalid input");
    }

    static MachineConfigBuilder ok() {
        return MachineConfig.builder().image("nginx:1.27").guest(Guest.shared(1, 256));
    }

    /** Runs the call blocking and async; both must fail with a problem at {@code field}. */
    static FlyValidationException refused(String field, Runnable blocking, Supplier<CompletableFuture<?>> async) {
        FlyValidationException e = assertThrows(FlyValidationException.class, blocking::run);
        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals(field)),
                () -> "expected a problem at " + field + ", got " + e.problems());
        assertTrue(e.getMessage().contains(field), e.getMessage());
        if (async != null) {
            CompletableFuture<?> f = assertDoesNotThrow(async::get, "the async form must not throw");
            CompletionException ce = assertThrows(CompletionException.class, f::join);
            assertInstanceOf(FlyValidationException.class, ce.getCause());
        }
        return e;
    }

    void createRefused(String field, Consumer<MachineConfigBuilder> change) {
        MachineConfigBuilder b = ok();
        change.accept(b);
        CreateMachineRequest r = CreateMachineRequest.builder().config(b.build()).build();
        refused(field, () -> machines.create(r), () -> machines.createAsync(r));
        UpdateMachineRequest u = UpdateMachineRequest.builder().config(b.build()).build();
        refused(field, () -> machine.update(u), () -> machine.updateAsync(u));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "..", ".", "id?x=1", "id#frag", "50%25", "a b", "a\\b", "tab\tid", ""})
    void machineIdsThatWouldChangeTheUrl(String id) {
        FlyValidationException e = assertThrows(FlyValidationException.class, () -> machines.withId(id));
        assertEquals("machine_id", e.field());
        assertThrows(FlyValidationException.class, () -> machines.get(id));
        CompletableFuture<?> f = assertDoesNotThrow(() -> machines.getAsync(id));
        assertTrue(f.isCompletedExceptionally());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "..", "k?x", "k%2F", "k#", " "})
    void metadataKeysThatWouldChangeTheUrl(String key) {
        refused("key", () -> machine.metadata().get(key), () -> machine.metadata().getAsync(key));
        refused("key", () -> machine.metadata().set(key, "v"), () -> machine.metadata().setAsync(key, "v"));
        refused("key", () -> machine.metadata().delete(key), () -> machine.metadata().deleteAsync(key));
    }

    @Test
    void blankOrMissingImage() {
        createRefused("config.image", b -> b.image(null));
        createRefused("config.image", b -> b.image("  "));
        createRefused("config.image", b -> b.image("nginx latest"));
    }

    @Test
    void missingConfigOrRequest() {
        CreateMachineRequest r = CreateMachineRequest.builder().region("ord").build();
        refused("config", () -> machines.create(r), () -> machines.createAsync(r));
        refused("request", () -> machines.create(null), () -> machines.createAsync(null));
        refused("request", () -> machine.update((UpdateMachineRequest) null), () -> machine.updateAsync((UpdateMachineRequest) null));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2}MB")
    @CsvSource({
        // shared: 1,2,4,6,8 CPUs, 256 MB steps, 256-2048 MB per CPU
        "shared, 1, 300, config.guest.memory_mb",
        "shared, 1, 128, config.guest.memory_mb",
        "shared, 1, 2304, config.guest.memory_mb",
        "shared, 2, 256, config.guest.memory_mb",
        "shared, 3, 768, config.guest.cpus",
        "shared, 16, 4096, config.guest.cpus",
        "shared, 0, 256, config.guest.cpus",
        "shared, -1, 256, config.guest.cpus",
        "shared, 1, -256, config.guest.memory_mb",
        "shared, 1, 0, config.guest.memory_mb",
        // performance: 1024 MB steps, 2048-8192 MB per CPU
        "performance, 1, 1024, config.guest.memory_mb",
        "performance, 1, 2560, config.guest.memory_mb",
        "performance, 1, 9216, config.guest.memory_mb",
        "performance, 2, 2048, config.guest.memory_mb",
        "performance, 3, 6144, config.guest.cpus",
    })
    void guestSizesPerCpuKind(String kind, int cpus, int memoryMb, String field) {
        Guest g = Guest.builder().cpuKind(CpuKind.of(kind)).cpus(cpus).memoryMb(memoryMb).build();
        createRefused(field, b -> b.guest(g));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2}MB")
    @CsvSource({
        "shared, 1, 256", "shared, 1, 2048", "shared, 2, 512", "shared, 8, 16384", "shared, 6, 1536",
        "performance, 1, 2048", "performance, 1, 8192", "performance, 2, 4096", "performance, 16, 131072",
    })
    void validGuestSizesPass(String kind, int cpus, int memoryMb) {
        Guest g = Guest.builder().cpuKind(CpuKind.of(kind)).cpus(cpus).memoryMb(memoryMb).build();
        assertDoesNotThrow(() -> Validator.validateConfig("config", ok().guest(g).build()));
    }

    @Test
    void negativeGpusAndSizes() {
        createRefused("config.guest.gpus", b -> b.guest(Guest.builder().cpus(1).memoryMb(256).gpus(-1).build()));
        createRefused("config.rootfs.size_gb", b -> b.rootfs(RootfsConfig.builder().sizeGb(-5).build()));
        createRefused("config.rootfs.size_gb", b -> b.rootfs(RootfsConfig.builder().sizeGb(0).build()));
        createRefused("config.mounts[0].size_gb",
                b -> b.mounts(Mount.builder().volume("vol_123").path("/data").sizeGb(-1).build()));
        createRefused("config.mounts[0].path", b -> b.mounts(Mount.builder().volume("vol_123").path("data").build()));
        createRefused("config.mounts[0].volume", b -> b.mounts(Mount.builder().path("/data").build()));
        createRefused("config.mounts[0].extend_threshold_percent",
                b -> b.mounts(Mount.builder().volume("vol_1").path("/d").extendThresholdPercent(101).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1BAD", "BAD-NAME", "has space", "", "ü"})
    void badEnvNames(String name) {
        FlyValidationException e = assertThrows(FlyValidationException.class,
                () -> machines.create(CreateMachineRequest.of(ok().putEnv(name, "s3cr3t-value").build())));
        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("config.env." + name)), e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t-value"), "the env value is echoed: " + e.getMessage());
    }

    @Test
    void envValuesWithNulAreRefusedWithoutEchoingThem() {
        FlyValidationException e = assertThrows(FlyValidationException.class,
                () -> machines.create(CreateMachineRequest.of(ok().putEnv("TOKEN", "s3cr3t\0tail").build())));
        assertEquals("config.env.TOKEN", e.field());
        assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    }

    @Test
    void portRanges() {
        createRefused("config.services[0].internal_port",
                b -> b.services(MachineService.builder().internalPort(0).build()));
        createRefused("config.services[0].internal_port",
                b -> b.services(MachineService.builder().internalPort(65536).build()));
        createRefused("config.services[0].internal_port", b -> b.services(MachineService.builder().build()));
        createRefused("config.services[0].ports[0].port",
                b -> b.services(MachineService.builder().internalPort(8080).ports(ServicePort.of(70000)).build()));
        createRefused("config.services[0].ports[0].start_port", b -> b.services(MachineService.builder()
                .internalPort(8080).ports(ServicePort.builder().startPort(9000).endPort(8000).build()).build()));
        createRefused("config.services[0].ports[0]", b -> b.services(MachineService.builder()
                .internalPort(8080).ports(ServicePort.builder().startPort(9000).build()).build()));
        createRefused("config.services[0].ports[0]", b -> b.services(MachineService.builder()
                .internalPort(8080).ports(ServicePort.builder().port(80).startPort(80).endPort(90).build()).build()));
        createRefused("config.services[0].concurrency.soft_limit", b -> b.services(MachineService.builder()
                .internalPort(8080).concurrency(ServiceConcurrency.builder().hardLimit(10).softLimit(20).build())
                .build()));
        createRefused("config.services[0].min_machines_running",
                b -> b.services(MachineService.builder().internalPort(8080).minMachinesRunning(-1).build()));
        createRefused("config.checks.web.port",
                b -> b.putCheck("web", MachineCheck.builder().type("tcp").port(0).build()));
        createRefused("config.checks.web.type",
                b -> b.putCheck("web", MachineCheck.builder().type("icmp").port(80).build()));
        createRefused("config.checks.web.interval", b -> b.putCheck("web",
                MachineCheck.builder().type("tcp").port(80).interval(Duration.ZERO).build()));
    }

    @Test
    void filesScheduleAndMetadataKeys() {
        createRefused("config.files[0].guest_path",
                b -> b.files(MachineFile.builder().guestPath("etc/x").rawValue("aGk=").build()));
        createRefused("config.files[0]", b -> b.files(MachineFile.builder().guestPath("/etc/x").build()));
        createRefused("config.files[0].raw_value",
                b -> b.files(MachineFile.builder().guestPath("/etc/x").rawValue("not base64!").build()));
        createRefused("config.schedule", b -> b.schedule("every-minute"));
        createRefused("config.metadata", b -> b.putMetadata(" ", "v"));
    }

    @Test
    void createRequestFields() {
        CreateMachineRequest upper = CreateMachineRequest.builder().config(ok().build()).region("ORD").build();
        refused("region", () -> machines.create(upper), () -> machines.createAsync(upper));
        CreateMachineRequest spaced = CreateMachineRequest.builder().config(ok().build()).region("o rd").build();
        refused("region", () -> machines.create(spaced), null);
        CreateMachineRequest fb = CreateMachineRequest.builder().config(ok().build()).fallbackRegions("ord", "D/FW")
                .build();
        refused("fallback_regions[1]", () -> machines.create(fb), null);
        CreateMachineRequest longName = CreateMachineRequest.builder().config(ok().build()).name("x".repeat(64))
                .build();
        refused("name", () -> machines.create(longName), null);
        CreateMachineRequest slashName = CreateMachineRequest.builder().config(ok().build()).name("a/b").build();
        refused("name", () -> machines.create(slashName), null);
        CreateMachineRequest ttl = CreateMachineRequest.builder().config(ok().build()).leaseTtl(Duration.ZERO).build();
        refused("lease_ttl", () -> machines.create(ttl), null);
        CreateMachineRequest secrets = CreateMachineRequest.builder().config(ok().build()).minSecretsVersion(-1L)
                .build();
        refused("min_secrets_version", () -> machines.create(secrets), null);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        FlyValidationException e = assertThrows(FlyValidationException.class, () -> machines.create(
                CreateMachineRequest.builder().region("ORD").config(MachineConfig.builder()
                        .guest(Guest.shared(1, 300)).putEnv("1X", "v").build()).build()));
        List<String> fields = e.problems().stream().map(FlyValidationException.Problem::field).toList();
        assertTrue(fields.containsAll(List.of("config.image", "config.guest.memory_mb", "config.env.1X", "region")),
                fields.toString());
    }

    @Test
    void operationArguments() {
        refused("timeout", () -> machine.waitOnce(WaitRequest.of(WaitState.STARTED).withTimeout(Duration.ofSeconds(61))),
                () -> machine.waitOnceAsync(WaitRequest.of(WaitState.STARTED).withTimeout(Duration.ofSeconds(61))));
        refused("timeout", () -> machine.waitOnce(WaitRequest.of(WaitState.STARTED).withTimeout(Duration.ZERO)), null);
        refused("limit", () -> machine.events(0), () -> machine.eventsAsync(0));
        refused("limit", () -> machine.events(51), () -> machine.eventsAsync(51));
        refused("limit_mb", () -> machine.setMemoryLimit(0), () -> machine.setMemoryLimitAsync(-1));
        refused("amount_mb", () -> machine.reclaimMemory(0), () -> machine.reclaimMemoryAsync(-1));
        refused("command", () -> machine.exec(), () -> machine.execAsync());
        refused("timeout", () -> machine.exec(ExecRequest.builder().command("ls").timeout(Duration.ZERO).build()), null);
        refused("ttl", () -> machine.leases().acquire(Duration.ZERO, null),
                () -> machine.leases().acquireAsync(Duration.ofMillis(500), null));
        refused("ttl", () -> machine.leases().acquire(null, null), null);
        refused("nonce", () -> machine.leases().release(" "), () -> machine.leases().releaseAsync(null));
        refused("nonce", () -> machine.leases().refresh("", Duration.ofSeconds(10)), null);
        refused("nonce", () -> machine.withLeaseNonce(" "), null);
        refused("value", () -> machine.metadata().set("k", null), () -> machine.metadata().setAsync("k", null));
        refused("org_slug", () -> fly.apps().list(null), () -> fly.apps().listAsync(""));
    }

    @Test
    void appNamesInClientsAreCheckedBeforeSending() {
        for (String bad : new String[] {"a/b", "..", "a?b", "a%b"}) {
            FlyValidationException e = assertThrows(FlyValidationException.class, () -> fly.app(bad).machines());
            assertEquals("app_name", e.field());
        }
    }
}
