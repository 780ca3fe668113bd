package io.github.flymachines.pool;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.Signal;
import io.github.flymachines.testing.FakeFly;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Plays the fake's program contract from the test side, for fakes that do not implement it: a
 * started machine whose config env has {@code FAKE_EXIT_AFTER} (a Go duration) exits that long
 * after it was seen started, with {@code FAKE_EXIT_CODE} (default 0), or is killed by
 * {@code FAKE_EXIT_SIGNAL} (a signal name) instead. Polls the fake's list on a daemon thread.
 * Jobs set the env either way, so once the fake runs the contract itself this driver goes away.
 */
final class FakePrograms implements AutoCloseable {
    private final FakeFly fake;
    private final FlyMachines fly;
    private final String app;
    private final Thread thread;
    private final Map<String, Instant> startedAt = new HashMap<>();
    private final Set<String> exited = new HashSet<>();
    private volatile boolean running = true;
    private volatile int maxConcurrent;

    private FakePrograms(FakeFly fake, String app) {
        this.fake = fake;
        this.fly = fake.client();
        this.app = app;
        this.thread = new Thread(this::loop, "fake-programs-" + app);
        this.thread.setDaemon(true);
    }

    static FakePrograms drive(FakeFly fake, String app) {
        FakePrograms p = new FakePrograms(fake, app);
        p.thread.start();
        return p;
    }

    /** @return the most job machines (with FAKE_EXIT_AFTER) seen started at once */
    int maxConcurrent() {
        return maxConcurrent;
    }

    private void loop() {
        while (running) {
            try {
                tick();
                Thread.sleep(3);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the fake may be stopping, or a machine moved on between list and exit: look again
            }
        }
    }

    private void tick() {
        int started = 0;
        for (Machine m : fly.app(app).machines().list()) {
            Map<String, String> env = m.configOrEmpty().env();
            String after = env.get("FAKE_EXIT_AFTER");
            if (after == null || !MachineState.STARTED.equals(m.state())) {
                if (m.instanceId() != null) {
                    startedAt.remove(m.id() + m.instanceId());
                }
                continue;
            }
            started++;
            String key = m.id() + m.instanceId();
            Instant now = fake.clock().instant();
            Instant since = startedAt.computeIfAbsent(key, k -> now);
            if (exited.contains(key + since) || now.isBefore(since.plus(goDuration(after)))) {
                continue;
            }
            exited.add(key + since);
            String signal = env.get("FAKE_EXIT_SIGNAL");
            if (signal != null) {
                fly.app(app).machines().withId(m.id()).signal(Signal.of(signal));
            } else {
                fake.exitMachine(app, m.id(), Integer.parseInt(env.getOrDefault("FAKE_EXIT_CODE", "0")));
            }
        }
        maxConcurrent = Math.max(maxConcurrent, started);
    }

    static Duration goDuration(String s) {
        if (s.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        }
        if (s.endsWith("s")) {
            return Duration.ofMillis((long) (Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
        }
        throw new IllegalArgumentException("unsupported duration " + s);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }
}
