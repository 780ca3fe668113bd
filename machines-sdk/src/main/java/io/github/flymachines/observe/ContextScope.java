package io.github.flymachines.observe;

/** A context made current by {@link FlyListener#restoreContext(Object)}, until closed. */
@FunctionalInterface
public interface ContextScope extends AutoCloseable {
    /** A scope that does nothing. */
    ContextScope NOOP = () -> {
    };

    /** Restores the context that was current before. */
    @Override
    void close();
}
