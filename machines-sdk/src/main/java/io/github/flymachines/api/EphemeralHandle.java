package io.github.flymachines.api;

import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.lifecycle.EphemeralMachine;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.ExecResult;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.WaitState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The SDK's {@link EphemeralMachine}. */
final class EphemeralHandle implements EphemeralMachine {
    private final MachineClient client;
    private final Machine machine;
    private final Duration startedIn;
    private final Duration destroyTimeout;
    private CompletableFuture<Void> closing;

    EphemeralHandle(MachineClient client, Machine machine, Duration startedIn, Duration destroyTimeout) {
        this.client = client;
        this.machine = machine;
        this.startedIn = startedIn;
        this.destroyTimeout = destroyTimeout;
    }

    @Override
    public String id() {
        return machine.id();
    }

    @Override
    public Machine machine() {
        return machine;
    }

    @Override
    public MachineClient client() {
        return client;
    }

    @Override
    public Duration startedIn() {
        return startedIn;
    }

    @Override
    public ExecResult exec(String... command) {
        return client.exec(command);
    }

    @Override
    public CompletableFuture<ExecResult> execAsync(ExecRequest request) {
        return client.execAsync(request);
    }

    @Override
    public synchronized CompletableFuture<Void> closeAsync() {
        if (closing == null) {
            closing = destroyAndWait(client, destroyTimeout);
        }
        return closing;
    }

    static CompletableFuture<Void> destroyAndWait(MachineClient client, Duration timeout) {
        return client.destroyAsync(true).handle((v, e) -> {
            if (e != null && !(Futures.unwrap(e) instanceof NotFoundException)) {
                throw new java.util.concurrent.CompletionException(Futures.unwrap(e));
            }
            return null;
        }).thenCompose(v -> MachineWaiter.await(client, List.of(WaitState.DESTROYED), timeout, null, false))
                .thenApply(o -> null);
    }

    @Override
    public void close() {
        Futures.join(closeAsync());
    }

    @Override
    public String toString() {
        return "EphemeralMachine[" + client.app() + "/" + machine.id() + "]";
    }
}
