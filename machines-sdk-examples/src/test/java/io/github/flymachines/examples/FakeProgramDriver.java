package io.github.flymachines.examples;

import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.testing.FakeFly;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Plays the fake's program contract ({@code FAKE_EXIT_AFTER}, {@code FAKE_EXIT_CODE} in a
 * machine's env) from the test side, for a fake that does not run programs itself.
 */
final class FakeProgramDriver {
    private FakeProgramDriver() {
    }

    static AutoCloseable start(FakeFly fake, String app) {
        Map<String, Instant> seen = new HashMap<>();
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    for (Machine m : fake.client().app(app).machines().list()) {
                        String after = m.configOrEmpty().env().get("FAKE_EXIT_AFTER");
                        if (after == null || !MachineState.STARTED.equals(m.state())) {
                            continue;
                        }
                        Instant since = seen.computeIfAbsent(m.id(), k -> Instant.now());
                        long ms = Long.parseLong(after.replace("ms", ""));
                        if (Instant.now().isAfter(since.plus(Duration.ofMillis(ms)))) {
                            fake.exitMachine(app, m.id(),
                                    Integer.parseInt(m.configOrEmpty().env().getOrDefault("FAKE_EXIT_CODE", "0")));
                        }
                    }
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // the machine moved on between list and exit: look again
                }
            }
        }, "fake-program-driver");
        t.setDaemon(true);
        t.start();
        return () -> {
            t.interrupt();
            t.join(5000);
        };
    }
}
