package io.github.flymachines.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.internal.json.Json;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineState;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The harness's inputs and statistics. No timing is asserted anywhere. */
class BenchHarnessTest {
    @Test
    void machineJsonIsAboutThreeKilobytesAndTheSdkReadsAllOfIt() {
        byte[] json = MachineJson.render("d8903e1b2c4e68", "started", "01JDK");
        assertTrue(json.length > 2_500 && json.length < 4_000, "size " + json.length);
        Machine m = Json.read(new String(json, StandardCharsets.UTF_8), Machine.class);
        assertEquals("d8903e1b2c4e68", m.id());
        assertEquals(MachineState.STARTED, m.state());
        assertNotNull(m.config().guest());
        assertFalse(m.config().services().isEmpty());
        assertFalse(m.config().mounts().isEmpty());
        assertFalse(m.config().env().isEmpty());
        assertFalse(m.config().metadata().isEmpty());
        assertFalse(m.config().checks().isEmpty());
        assertEquals(4, m.events().size());
    }

    @Test
    void percentilesAndMedians() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, Benchmarks.percentile(sorted, 50));
        assertEquals(99, Benchmarks.percentile(sorted, 99));
        assertEquals(100, Benchmarks.percentile(sorted, 100));
        assertEquals(0, Benchmarks.percentile(new long[0], 50));
        assertEquals(2.0, Benchmarks.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Benchmarks.median(new double[] {4, 1, 2, 3}));
    }
}
