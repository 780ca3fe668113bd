package io.github.flymachines.pool;

import io.github.flymachines.model.ListMachinesQuery;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.testing.FakeFly;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Test helpers that wait for the fake to come to rest. */
final class Awaits {
    private Awaits() {
    }

    /**
     * The app's machines that are not destroyed, once none is in a transient state (the fake's
     * transitions have played out). On a manual clock the fake is settled; on the system clock
     * this looks again every few milliseconds, for at most 20 s.
     */
    static List<Machine> live(FakeFly fake, String app) {
        ListMachinesQuery all = ListMachinesQuery.ALL;
        until(() -> {
            if (fake.clock().isManual()) {
                fake.settle();
            }
            return fake.client().app(app).machines().list(all).stream()
                    .noneMatch(m -> m.state() == null || m.state().isTransient());
        });
        return fake.client().app(app).machines().list(all).stream()
                .filter(m -> !MachineState.DESTROYED.equals(m.state()) && !MachineState.DESTROYING.equals(m.state()))
                .toList();
    }

    /** Waits (for at most 20 s of real time) until the condition holds. */
    static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 20 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
