package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake example of the root README, run for real (ReadmeSnippetsTest only compiles it). */
class ReadmeFakeExampleTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    MachineConfig config = MachineConfig.builder().image("nginx:1.27").guest(Guest.shared(1, 256))
            .autoDestroy(true).build();

    @Test
    void fallsBackWhenARegionIsFull(FakeFly fake, FlyMachines client) {
        fake.createApp("my-app").setCapacity("ord", 0);
        Machine m = client.app("my-app").machines()
                .run(CreateMachineRequest.of(config).inRegions("ord", "iad"));
        assertEquals("iad", m.region());
        assertEquals("started", fake.machineState("my-app", m.id()));
        fake.exitMachine("my-app", m.id(), 0); // on-failure (the default) does not restart a clean exit
        fake.settle();
        assertTrue(fake.machineState("my-app", m.id()).equals("destroyed"),
                "auto_destroy after the exit: " + fake.machineState("my-app", m.id()));
    }
}
