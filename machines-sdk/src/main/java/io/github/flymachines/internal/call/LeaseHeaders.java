package io.github.flymachines.internal.call;

/** Header names of the lease protocol. */
public final class LeaseHeaders {
    /** The header that carries a held lease's nonce on mutations. */
    public static final String NONCE = "fly-machine-lease-nonce";

    private LeaseHeaders() {
    }
}
