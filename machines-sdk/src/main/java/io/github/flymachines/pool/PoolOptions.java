package io.github.flymachines.pool;

import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.observe.PoolEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How a {@link MachinePool} behaves. Make one with {@link #builder(String, MachineConfig)}; every
 * value has a default except the name and the config.
 *
 * @param name the pool's name, unique within the app: its machines are tagged with it in their
 *     metadata, and a later pool of the same name adopts them
 * @param config the machine config of the pool's machines
 * @param regions the regions to create machines in, first preferred (empty: the API's choice)
 * @param minSize how many ready machines the pool keeps
 * @param maxSize the most machines the pool has at once, in use or not
 * @param idleTimeout how long a ready machine beyond {@code minSize} may stay unused before it is destroyed
 * @param replenishConcurrency how many machines the pool creates at once in the background
 * @param releaseMode whether released machines are stopped or suspended
 * @param shutdownPolicy what {@link MachinePool#close()} does with the machines
 * @param leaseTtl the TTL of the lease a {@link PooledMachine} holds (refreshed while held)
 * @param acquireTimeout how long {@link MachinePool#acquire()} waits for a release when the pool is at
 *     {@code maxSize} (starting or creating the machine is bounded by {@code operationTimeout})
 * @param operationTimeout how long one create, start or stop may take to reach its state
 * @param listener receives the pool's {@link PoolEvent}s (called on SDK threads; must not block)
 */
public record PoolOptions(String name, MachineConfig config, List<String> regions, int minSize, int maxSize,
        Duration idleTimeout, int replenishConcurrency, ReleaseMode releaseMode, ShutdownPolicy shutdownPolicy,
        Duration leaseTtl, Duration acquireTimeout, Duration operationTimeout, Consumer<PoolEvent> listener) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    /**
     * Checks every value.
     *
     * @param name as in the record header
     * @param config as in the record header
     * @param regions as in the record header
     * @param minSize as in the record header
     * @param maxSize as in the record header
     * @param idleTimeout as in the record header
     * @param replenishConcurrency as in the record header
     * @param releaseMode as in the record header
     * @param shutdownPolicy as in the record header
     * @param leaseTtl as in the record header
     * @param acquireTimeout as in the record header
     * @param operationTimeout as in the record header
     * @param listener as in the record header
     * @throws FlyValidationException naming the first bad parameter
     */
    public PoolOptions {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new FlyValidationException("name", "must be 1-63 of a-z, 0-9, '-' and '_', starting with a letter "
                    + "or digit, got " + (name == null ? "null" : "'" + name + "'"));
        }
        if (config == null) {
            throw new FlyValidationException("config", "is required");
        }
        if (config.image() == null || config.image().isBlank()) {
            throw new FlyValidationException("config.image", "is required");
        }
        regions = regions == null ? List.of() : List.copyOf(regions);
        for (String r : regions) {
            if (r.isBlank()) {
                throw new FlyValidationException("regions", "must not contain a blank region");
            }
        }
        if (minSize < 0) {
            throw new FlyValidationException("minSize", "must be >= 0, got " + minSize);
        }
        if (maxSize < 1 || maxSize < minSize) {
            throw new FlyValidationException("maxSize", "must be >= 1 and >= minSize (" + minSize + "), got " + maxSize);
        }
        positive("idleTimeout", idleTimeout);
        if (replenishConcurrency < 1) {
            throw new FlyValidationException("replenishConcurrency", "must be >= 1, got " + replenishConcurrency);
        }
        if (releaseMode == null) {
            throw new FlyValidationException("releaseMode", "is required");
        }
        if (shutdownPolicy == null) {
            throw new FlyValidationException("shutdownPolicy", "is required");
        }
        positive("leaseTtl", leaseTtl);
        if (leaseTtl.toSeconds() < 1) {
            throw new FlyValidationException("leaseTtl", "must be at least 1 s, got " + leaseTtl);
        }
        positive("acquireTimeout", acquireTimeout);
        positive("operationTimeout", operationTimeout);
        listener = listener == null ? e -> { } : listener;
    }

    private static void positive(String field, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new FlyValidationException(field, "must be positive, got " + d);
        }
    }

    /**
     * Starts options with the defaults: no region preference, min 1, max 10, idle timeout 5 min,
     * 2 creates at once, released machines stopped, destroyed on shutdown, 30 s leases, acquire
     * timeout 2 min, operation timeout 2 min.
     *
     * @param name the pool's name (see the record header)
     * @param config the machines' config
     * @return a builder
     */
    public static Builder builder(String name, MachineConfig config) {
        return new Builder(name, config);
    }

    /**
     * Returns a copy with another config (what {@link MachinePool#updateConfig} uses).
     *
     * @param value the config
     * @return the copy
     */
    public PoolOptions withConfig(MachineConfig value) {
        return new PoolOptions(name, value, regions, minSize, maxSize, idleTimeout, replenishConcurrency,
                releaseMode, shutdownPolicy, leaseTtl, acquireTimeout, operationTimeout, listener);
    }

    /** Renders the options; the config is summarised by its image only (env values are secrets). */
    @Override
    public String toString() {
        return "PoolOptions[name=" + name + ", image=" + config.image() + ", regions=" + regions + ", minSize="
                + minSize + ", maxSize=" + maxSize + ", idleTimeout=" + idleTimeout + ", replenishConcurrency="
                + replenishConcurrency + ", releaseMode=" + releaseMode + ", shutdownPolicy=" + shutdownPolicy + "]";
    }

    /** Builds {@link PoolOptions}; see {@link PoolOptions#builder(String, MachineConfig)} for the defaults. */
    public static final class Builder {
        private final String name;
        private final MachineConfig config;
        private List<String> regions = List.of();
        private int minSize = 1;
        private int maxSize = 10;
        private Duration idleTimeout = Duration.ofMinutes(5);
        private int replenishConcurrency = 2;
        private ReleaseMode releaseMode = ReleaseMode.STOP;
        private ShutdownPolicy shutdownPolicy = ShutdownPolicy.DESTROY;
        private Duration leaseTtl = Duration.ofSeconds(30);
        private Duration acquireTimeout = Duration.ofMinutes(2);
        private Duration operationTimeout = Duration.ofMinutes(2);
        private Consumer<PoolEvent> listener;

        private Builder(String name, MachineConfig config) {
            this.name = name;
            this.config = config;
        }

        /**
         * Sets the regions, first preferred; a create falls back through them.
         *
         * @param value the regions
         * @return this
         */
        public Builder regions(String... value) {
            this.regions = List.of(value);
            return this;
        }

        /**
         * Sets how many ready machines the pool keeps.
         *
         * @param value the minimum
         * @return this
         */
        public Builder minSize(int value) {
            this.minSize = value;
            return this;
        }

        /**
         * Sets the most machines the pool has at once.
         *
         * @param value the maximum
         * @return this
         */
        public Builder maxSize(int value) {
            this.maxSize = value;
            return this;
        }

        /**
         * Sets how long an extra ready machine may stay unused.
         *
         * @param value the timeout
         * @return this
         */
        public Builder idleTimeout(Duration value) {
            this.idleTimeout = value;
            return this;
        }

        /**
         * Sets how many machines the pool creates at once in the background.
         *
         * @param value the concurrency
         * @return this
         */
        public Builder replenishConcurrency(int value) {
            this.replenishConcurrency = value;
            return this;
        }

        /**
         * Sets whether released machines are stopped or suspended.
         *
         * @param value the mode
         * @return this
         */
        public Builder releaseMode(ReleaseMode value) {
            this.releaseMode = value;
            return this;
        }

        /**
         * Sets what closing the pool does with its machines.
         *
         * @param value the policy
         * @return this
         */
        public Builder shutdownPolicy(ShutdownPolicy value) {
            this.shutdownPolicy = value;
            return this;
        }

        /**
         * Sets the TTL of the lease each handed-out machine holds.
         *
         * @param value the TTL (at least 1 s)
         * @return this
         */
        public Builder leaseTtl(Duration value) {
            this.leaseTtl = value;
            return this;
        }

        /**
         * Sets how long an acquire waits for a machine.
         *
         * @param value the timeout
         * @return this
         */
        public Builder acquireTimeout(Duration value) {
            this.acquireTimeout = value;
            return this;
        }

        /**
         * Sets how long one create, start or stop may take.
         *
         * @param value the timeout
         * @return this
         */
        public Builder operationTimeout(Duration value) {
            this.operationTimeout = value;
            return this;
        }

        /**
         * Sets the listener of pool events.
         *
         * @param value the listener
         * @return this
         */
        public Builder listener(Consumer<PoolEvent> value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws FlyValidationException naming the first bad parameter
         */
        public PoolOptions build() {
            return new PoolOptions(name, config, regions, minSize, maxSize, idleTimeout, replenishConcurrency,
                    releaseMode, shutdownPolicy, leaseTtl, acquireTimeout, operationTimeout, listener);
        }
    }
}
