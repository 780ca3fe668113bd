package io.github.flymachines.micrometer;

import io.github.flymachines.observe.FlyListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Micrometer for the SDK: a {@link FlyListener} that records
 *
 * <ul>
 * <li>an Observation per API call ({@value #CALL_OBSERVATION}, contextual name the spec's
 * {@code operationId}, a client {@link FlyCallContext}), per wait ({@value #WAIT_OBSERVATION})
 * and per held lease ({@value #LEASE_OBSERVATION}), with the low-cardinality keys
 * {@value #OPERATION}, {@value #STATUS_CLASS}, {@value #OUTCOME}, {@value #REGION} and the
 * high-cardinality keys {@value #APP} and {@value #MACHINE_ID}; attempts, retries, rate-limit
 * waits, adoptions, polls and lease refreshes are events on them (span events with tracing);</li>
 * <li>the W3C {@code traceparent} (whatever the registered propagating tracing handler injects
 * into the call's carrier) on every attempt's request;</li>
 * <li>meters, when a {@link MeterRegistry} is given: timer {@value #CALLS} (per operation, status
 * class, outcome, region), counters {@value #ATTEMPTS}, {@value #RETRIES} and
 * {@value #ADOPTIONS}, timer {@value #RATE_LIMIT_WAIT}, gauge {@value #WAITS_OUTSTANDING},
 * timer {@value #WAITS} and counter {@value #LEASES}.</li>
 * </ul>
 *
 * <pre>{@code
 * FlyMachines fly = FlyMachines.builder()
 *         .token(FlyToken.fromEnv())
 *         .listener(FlyMicrometer.builder().observationRegistry(observations).meterRegistry(meters).build())
 *         .build();
 * }</pre>
 *
 * <p>Follow-up calls that an orchestration makes from callbacks (the wait after a create, each
 * later poll) are parented under the Observation that was current when the first call started.
 * Nothing a listener sees holds a secret, so neither do the key values or events.
 */
public final class FlyMicrometer {
    /** Observation name of an API call. */
    public static final String CALL_OBSERVATION = "fly.machines.call";
    /** Observation name of a wait for a machine state. */
    public static final String WAIT_OBSERVATION = "fly.machines.wait";
    /** Observation name of a held lease, from acquire to release or loss. */
    public static final String LEASE_OBSERVATION = "fly.machines.lease";
    /** Low-cardinality key: the operation ({@code MACHINES_CREATE}). */
    public static final String OPERATION = "fly.operation";
    /** Low-cardinality key: the HTTP status class ({@code 2xx}, {@code 4xx}, {@code none}). */
    public static final String STATUS_CLASS = "fly.status_class";
    /** Low-cardinality key: the outcome ({@code success}, {@code error}, {@code timeout}, {@code cancelled}). */
    public static final String OUTCOME = "fly.outcome";
    /** Low-cardinality key: the region of a create ({@code none} otherwise). */
    public static final String REGION = "fly.region";
    /** Low-cardinality key of waits: the state reached or last seen. */
    public static final String STATE = "fly.state";
    /** High-cardinality key: the app. */
    public static final String APP = "fly.app";
    /** High-cardinality key: the machine id. */
    public static final String MACHINE_ID = "fly.machine_id";
    /** Timer of API calls, retries included. */
    public static final String CALLS = "fly.machines.calls";
    /** Counter of attempts (tags operation, outcome, region). */
    public static final String ATTEMPTS = "fly.machines.attempts";
    /** Counter of retries (tags operation, reason). */
    public static final String RETRIES = "fly.machines.retries";
    /** Counter of adoption look-ups after an ambiguous create (tags operation, result). */
    public static final String ADOPTIONS = "fly.machines.adoptions";
    /** Timer of the time attempts waited for the client-side rate limiter (tag operation). */
    public static final String RATE_LIMIT_WAIT = "fly.machines.ratelimit.wait";
    /** Gauge of waits in progress. */
    public static final String WAITS_OUTSTANDING = "fly.machines.waits.outstanding";
    /** Timer of waits (tags outcome, state). */
    public static final String WAITS = "fly.machines.waits";
    /** Counter of lease events (tag event). */
    public static final String LEASES = "fly.machines.leases";

    private FlyMicrometer() {
    }

    /**
     * Starts a builder.
     *
     * @return a builder (no registries: set at least one)
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the Micrometer listener. */
    public static final class Builder {
        private ObservationRegistry observations = ObservationRegistry.NOOP;
        private MeterRegistry meters;
        private double[] percentiles = new double[0];

        private Builder() {
        }

        /**
         * Sets the registry of the Observations (and so of the spans, with micrometer-tracing).
         *
         * @param value the registry
         * @return this
         */
        public Builder observationRegistry(ObservationRegistry value) {
            this.observations = Objects.requireNonNull(value, "observationRegistry");
            return this;
        }

        /**
         * Sets the registry of the meters; without one, no meters are recorded.
         *
         * @param value the registry
         * @return this
         */
        public Builder meterRegistry(MeterRegistry value) {
            this.meters = Objects.requireNonNull(value, "meterRegistry");
            return this;
        }

        /**
         * Publishes client-side percentiles of the call timer, e.g. {@code 0.5, 0.99} (default none).
         *
         * @param values the percentiles, each in [0, 1]
         * @return this
         */
        public Builder percentiles(double... values) {
            for (double v : values) {
                if (!(v >= 0 && v <= 1)) {
                    throw new io.github.flymachines.errors.FlyValidationException("percentiles", "must each be in [0, 1], got " + v);
                }
            }
            this.percentiles = values.clone();
            return this;
        }

        /** @return the listener to set on {@code FlyMachines.Builder.listener} */
        public FlyListener build() {
            return new ObservingListener(observations, meters == null ? null : new FlyMeters(meters, percentiles));
        }
    }
}
