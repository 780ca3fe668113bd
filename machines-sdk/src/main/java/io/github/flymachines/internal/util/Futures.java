package io.github.flymachines.internal.util;

import io.github.flymachines.errors.FlyCancelledException;
import io.github.flymachines.errors.FlyException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Blocking access to the SDK's futures, unwrapping to the typed exception. */
public final class Futures {
    private Futures() {
    }

    /**
     * Waits for a future and returns its value. A failure is rethrown as the SDK exception that
     * caused it (never {@link ExecutionException}); an interrupt cancels the call and throws
     * {@link FlyCancelledException} with the interrupt flag restored.
     *
     * @param future the future
     * @param <T> the value type
     * @return the value
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FlyCancelledException("interrupted while waiting for the call", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (CancellationException e) {
            throw new FlyCancelledException("the call was cancelled", e);
        }
    }

    /**
     * Starts a call and waits for it, like {@code join(start.get())}, letting the first HTTP
     * exchange of the call run on this thread (see
     * {@link io.github.flymachines.internal.http.Transport#callerWaits(Supplier)}). Only for calls
     * whose requests are sequential; fan-outs must use {@link #join(CompletableFuture)}.
     *
     * @param start starts the call
     * @param <T> the value type
     * @return the value
     */
    public static <T> T call(Supplier<CompletableFuture<T>> start) {
        return join(io.github.flymachines.internal.http.Transport.callerWaits(start));
    }

    /**
     * Unwraps {@link CompletionException}/{@link ExecutionException} layers.
     *
     * @param t the throwable
     * @return the innermost meaningful cause
     */
    public static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static RuntimeException rethrow(Throwable cause) {
        Throwable c = unwrap(cause);
        if (c instanceof FlyException fe) {
            return fe;
        }
        if (c instanceof RuntimeException re) {
            return re;
        }
        if (c instanceof Error err) {
            throw err;
        }
        return new FlyException("call failed: " + c, c);
    }

    /**
     * Makes a future that is cancelled together with another (cancelling {@code outer} cancels
     * {@code inner}).
     *
     * @param outer the future returned to the caller
     * @param inner the work in flight
     */
    public static void propagateCancel(CompletableFuture<?> outer, CompletableFuture<?> inner) {
        outer.whenComplete((v, e) -> {
            if (outer.isCancelled()) {
                inner.cancel(true);
            }
        });
    }
}
