package io.github.flymachines.pool;

/** What {@link MachinePool#close()} does with the pool's machines. */
public enum ShutdownPolicy {
    /** Destroy every machine of the pool: ready ones at once, machines in use when released. */
    DESTROY,
    /**
     * Keep them: ready machines stay stopped and tagged, machines in use are stopped on release,
     * and the next pool of the same name in this app adopts them.
     */
    KEEP
}
