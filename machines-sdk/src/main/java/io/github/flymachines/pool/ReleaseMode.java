package io.github.flymachines.pool;

/** What a released machine is put into while it waits in the pool. */
public enum ReleaseMode {
    /** Stop it: the next start boots it again (a blank slate). */
    STOP,
    /** Suspend it: the next start resumes the memory snapshot, where that is faster. */
    SUSPEND
}
