package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.FakeFly;
import io.github.flymachines.testing.FakeFlyExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

class LogbackTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    @Test
    void sdkLogsReachLogbackAsPlainText(FakeFly fake, FlyMachines client) {
        Logger sdk = (Logger) LoggerFactory.getLogger("io.github.flymachines");
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        sdk.addAppender(events);
        try {
            fake.createApp("my-app");
            MachinesClient machines = client.app("my-app").machines();
            // metadata {} and the braces in a value must reach the log as they were sent
            MachineConfig config = MachineConfig.builder().image("nginx:1.27").guest(Guest.shared(1, 256))
                    .metadata(Map.of("note", "{} {0} %s")).build();
            Machine m = machines.run(CreateMachineRequest.of(config));
            machines.withId(m.id()).destroy(true);
        } finally {
            sdk.detachAppender(events);
        }
        List<ILoggingEvent> http = events.list.stream().filter(e -> e.getLoggerName().equals("io.github.flymachines.http"))
                .collect(Collectors.toList());
        assertTrue(http.stream().anyMatch(e -> e.getLevel().toString().equals("DEBUG")), "no DEBUG request line");
        List<String> bodies = http.stream().map(ILoggingEvent::getFormattedMessage).filter(s -> s.contains("request body:"))
                .collect(Collectors.toList());
        assertFalse(bodies.isEmpty(), "no TRACE request body");
        assertTrue(bodies.stream().anyMatch(b -> b.contains("\"note\":\"{} {0} %s\"")), "body mangled: " + bodies);
        for (ILoggingEvent e : http) {
            assertEquals(e.getMessage(), e.getFormattedMessage(), "message text used as a format");
            assertTrue(e.getArgumentArray() == null || e.getArgumentArray().length == 0);
            assertFalse(e.getFormattedMessage().contains("{0}") && !e.getFormattedMessage().contains("note"),
                    "unformatted placeholder: " + e.getFormattedMessage());
        }
    }
}
