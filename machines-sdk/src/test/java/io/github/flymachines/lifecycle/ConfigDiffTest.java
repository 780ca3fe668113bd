package io.github.flymachines.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.model.Guest;
import io.github.flymachines.model.MachineConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDiffTest {
    static final MachineConfig SENT = MachineConfig.builder().image("alpine:3").env(Map.of("A", "1")).build();

    @Test
    void fieldsTheServerFilledInAreNotMissing() {
        MachineConfig answered = SENT.withGuest(Guest.shared(1, 256));
        assertEquals(List.of("guest"), ConfigDiff.between(SENT, answered).changes().stream()
                .map(ConfigDiff.Change::path).toList(), "between() sees the addition");
        assertTrue(ConfigDiff.missingFrom(SENT, answered).isEmpty(), "missingFrom() does not");
    }

    @Test
    void aRequestedValueThatDiffersOrIsGoneIsMissing() {
        MachineConfig sent = SENT.withGuest(Guest.shared(2, 512));
        MachineConfig answered = SENT.withGuest(Guest.shared(1, 256)).withEnv(Map.of());
        List<String> paths = ConfigDiff.missingFrom(sent, answered).changes().stream()
                .map(ConfigDiff.Change::path).toList();
        assertEquals(List.of("env.A", "guest.cpus", "guest.memory_mb"), paths.stream().sorted().toList());
    }

    @Test
    void extraArrayElementsCount() {
        MachineConfig sent = SENT.withInit(io.github.flymachines.model.InitConfig.builder().exec(List.of("a")).build());
        MachineConfig answered = SENT.withInit(io.github.flymachines.model.InitConfig.builder()
                .exec(List.of("a", "b")).build());
        ConfigDiff d = ConfigDiff.missingFrom(sent, answered);
        assertFalse(d.isEmpty());
        assertEquals("init.exec[1]", d.changes().get(0).path());
    }
}
