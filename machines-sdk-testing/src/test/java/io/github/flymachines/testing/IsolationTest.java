package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.testing.support.Raw;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each test gets a clean fake; sharing is opt-in; a stalled manual clock fails fast, naming its timers. */
class IsolationTest {
    static final MachineConfig CONFIG = MachineConfig.builder().image("alpine:3").build();

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class ResetBetweenTests {
        @RegisterExtension
        static FakeFlyExtension fly = FakeFlyExtension.create();

        @Test
        @Order(1)
        void first(FakeFly fake) {
            fake.createApp("iso").setCapacity("iad", 0);
            fake.onExec(c -> new ExecOutcome(7, "", ""));
            assertEquals(200, Raw.send(fake, "GET", "/v1/apps/iso", null).statusCode());
        }

        @Test
        @Order(2)
        void secondSeesNothingOfTheFirst(FakeFly fake) {
            assertEquals(404, Raw.send(fake, "GET", "/v1/apps/iso", null).statusCode());
            assertTrue(fake.wireMock().getAllServeEvents().size() <= 1, "the journal was cleared");
            fake.createApp("iso");
            assertEquals(200, Raw.send(fake, "POST", "/v1/apps/iso/machines",
                    "{\"region\":\"iad\",\"config\":{\"image\":\"alpine:3\"}}").statusCode(), "capacity reset");
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class SharedOptIn {
        @RegisterExtension
        static FakeFlyExtension fly = FakeFlyExtension.shared();

        @Test
        @Order(1)
        void first(FakeFly fake) {
            fake.createApp("kept");
        }

        @Test
        @Order(2)
        void secondStillSeesIt(FakeFly fake) {
            assertEquals(200, Raw.send(fake, "GET", "/v1/apps/kept", null).statusCode());
        }
    }

    @Test
    void stalledManualClockFailsABlockingWaitNamingTheTimers() {
        try (FakeFly fake = FakeFly.builder().stallTimeout(Duration.ofMillis(200)).build().start()) {
            fake.createApp("stall");
            FlyMachines fly = fake.client();
            Machine m = fly.app("stall").machines().create(CreateMachineRequest.of(CONFIG));
            FlyException e = assertThrows(FlyException.class, () -> fly.app("stall").machines().withId(m.id())
                    .waitFor(WaitState.STARTED, Duration.ofSeconds(30)));
            assertTrue(e.getMessage().contains("manual clock stood still"), e.getMessage());
            assertTrue(e.getMessage().contains("machine " + m.id() + " (app stall): created -> starting"), e.getMessage());
        }
    }
}
