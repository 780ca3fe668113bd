package io.github.flymachines.api;

import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.internal.validate.Args;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Small helpers shared by the resource clients. */
final class Requests {
    private Requests() {
    }

    /**
     * Runs the code that builds and sends a request, turning a validation error thrown while
     * building it into a failed future, so the async forms never throw.
     */
    static <T> CompletableFuture<T> run(Supplier<CompletableFuture<T>> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Like {@link #run}, once the required argument is there: a null one fails the future with
     * the refusal of a missing argument, and nothing is run.
     */
    static <T> CompletableFuture<T> runWith(Object required, String name, Supplier<CompletableFuture<T>> body) {
        return required == null ? Args.refused(name) : run(body);
    }

    static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FlyValidationException(field, "is required");
        }
    }
}
