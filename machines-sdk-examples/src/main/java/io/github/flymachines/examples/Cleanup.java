package io.github.flymachines.examples;

import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.errors.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The machines an example created and has not destroyed yet. Closing it destroys (forcibly) every
 * one still listed and waits until each is gone, so an example that fails half-way leaves nothing billable behind. Used in a
 * try-with-resources block around the example's body.
 */
public final class Cleanup implements AutoCloseable {
    /** How long the cleanup waits for each machine to be destroyed. */
    static final Duration WAIT = Duration.ofMinutes(1);

    private final MachinesClient machines;
    private final StepPrinter out;
    private final Set<String> ids = new LinkedHashSet<>();

    /**
     * Creates an empty cleanup list.
     *
     * @param machines the app's machines
     * @param out where to report what was cleaned up
     */
    public Cleanup(MachinesClient machines, StepPrinter out) {
        this.machines = machines;
        this.out = out;
    }

    /**
     * Remembers a machine to destroy if the example does not get to it.
     *
     * @param machineId the machine
     * @return the id
     */
    public synchronized String track(String machineId) {
        ids.add(machineId);
        return machineId;
    }

    /**
     * Forgets a machine the example destroyed itself.
     *
     * @param machineId the machine
     */
    public synchronized void destroyed(String machineId) {
        ids.remove(machineId);
    }

    /** @return the machines still to destroy */
    public synchronized List<String> pending() {
        return List.copyOf(ids);
    }

    /** Destroys every machine still listed; reports but never throws. */
    @Override
    public void close() {
        List<String> left;
        synchronized (this) {
            left = new ArrayList<>(ids);
            ids.clear();
        }
        if (left.isEmpty()) {
            return;
        }
        out.say("Cleaning up " + left.size() + " machine(s) the example did not destroy: " + left);
        for (String id : left) {
            try {
                machines.withId(id).destroyAndWait(WAIT);
                out.note("destroyed " + id);
            } catch (NotFoundException gone) {
                out.note(id + " was already gone");
            } catch (RuntimeException e) {
                out.note("could NOT destroy " + id + " (" + StepPrinter.oneLine(e) + "); destroy it by hand: "
                        + "fly machine destroy --force " + id);
            }
        }
    }
}
