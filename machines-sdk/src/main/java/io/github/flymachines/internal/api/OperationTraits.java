package io.github.flymachines.internal.api;

/**
 * The classes the generated {@link Operation} sorts the Machines API's operations into: whether a
 * retry is safe and how the API rate-limits them. Judgement, so written by hand; which operation
 * is in which class is in {@code src/main/spec/operations.txt}.
 */
public interface OperationTraits {
    /** Whether retrying the operation after an ambiguous failure is safe. */
    enum Safety {
        /** Repeating it has the same effect as doing it once: retried on any transient fault. */
        IDEMPOTENT,
        /** Only retried after a definite refusal (capacity, 429, a 4xx that says nothing was done). */
        NON_IDEMPOTENT,
        /**
         * Machine create: retried after an ambiguous fault only after looking the machine up by the
         * client request id the SDK wrote into its metadata, and adopting it when found.
         */
        CREATE_MACHINE,
        /**
         * Machine update: idempotent when it names the version it replaces ({@code current_version})
         * or runs under a lease nonce; otherwise only retried after a definite refusal.
         */
        IDEMPOTENT_IF_LEASED
    }

    /** How the API rate-limits the operation (per action, per identifier). */
    enum Limit {
        /** No documented per-identifier limit. */
        NONE,
        /** Per action per machine: 1 request/s, bursts of 3. */
        MACHINE,
        /** Get machine: 5 requests/s, bursts of 10, per machine. */
        MACHINE_GET,
        /** Per action per app (create machine, create volume, delete app). */
        APP
    }
}
