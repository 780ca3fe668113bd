package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.FakeFly;
import io.github.flymachines.testing.FakeFlyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OlderJUnitTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    @Test
    void runsOnTheUsersJUnit() {
        String version = Test.class.getPackage().getImplementationVersion();
        assertTrue(version == null || version.startsWith("5.10."), "JUnit on the test classpath: " + version);
    }

    @Test
    void theExtensionInjectsTheFakeAndAClient(FakeFly fake, FlyMachines client) {
        fake.createApp("my-app").setCapacity("ord", 0);
        MachinesClient machines = client.app("my-app").machines();
        MachineConfig config = MachineConfig.builder().image("nginx:1.27").guest(Guest.shared(1, 256)).build();
        Machine m = machines.run(CreateMachineRequest.of(config).inRegions("ord", "iad"));
        assertEquals("iad", m.region());
        machines.withId(m.id()).destroy(true);
    }
}
