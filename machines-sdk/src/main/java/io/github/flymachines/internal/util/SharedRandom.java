package io.github.flymachines.internal.util;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The default randomness of a client (retry jitter, request ids): each calling thread's
 * {@link ThreadLocalRandom}. Safe to share between threads, and cheap to create, unlike
 * {@link RandomGenerator#getDefault()}, which loads every random algorithm of the JDK through a
 * service loader (tens of milliseconds of a client's cold start).
 */
public final class SharedRandom implements RandomGenerator {
    /** The one instance. */
    public static final SharedRandom INSTANCE = new SharedRandom();

    private SharedRandom() {
    }

    @Override
    public long nextLong() {
        return ThreadLocalRandom.current().nextLong();
    }

    @Override
    public double nextDouble() {
        return ThreadLocalRandom.current().nextDouble();
    }
}
