package io.github.flymachines.api;

import io.github.flymachines.errors.FlyValidationException;
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

    static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FlyValidationException(field, "is required");
        }
    }
}
