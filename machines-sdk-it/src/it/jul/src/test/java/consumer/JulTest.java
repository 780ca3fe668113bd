package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.FakeFly;
import io.github.flymachines.testing.FakeFlyExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JulTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    @Test
    void sdkLogsReachJulAsPlainText(FakeFly fake, FlyMachines client) {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger sdk = Logger.getLogger("io.github.flymachines");
        sdk.setLevel(Level.ALL);
        sdk.addHandler(handler);
        try {
            fake.createApp("my-app");
            MachineConfig config = MachineConfig.builder().image("nginx:1.27").guest(Guest.shared(1, 256))
                    .metadata(Map.of("note", "{0} {}")).build();
            Machine m = client.app("my-app").machines().run(CreateMachineRequest.of(config));
            assertEquals(1, App.machines(client, "my-app").size());
            client.app("my-app").machines().withId(m.id()).destroy(true);
        } finally {
            sdk.removeHandler(handler);
        }
        assertTrue(records.stream().anyMatch(r -> r.getLevel() == Level.FINE), "no DEBUG (FINE) record");
        assertTrue(records.stream().anyMatch(r -> r.getLevel() == Level.FINER
                && r.getMessage().contains("\"note\":\"{0} {}\"")), "no TRACE (FINER in JUL) body with the metadata");
        for (LogRecord r : records) {
            assertTrue(r.getParameters() == null || r.getParameters().length == 0,
                    "message text passed as a format: " + r.getMessage());
            assertFalse(r.getMessage().isEmpty());
        }
    }
}
