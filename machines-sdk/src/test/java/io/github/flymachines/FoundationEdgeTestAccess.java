package io.github.flymachines;

import java.net.http.HttpClient;

/** Makes {@link FoundationEdgeTest}'s forwarding HttpClient usable from other test packages. */
public final class FoundationEdgeTestAccess {
    private FoundationEdgeTestAccess() {
    }

    /** An HttpClient that forwards everything; tests override what they need. */
    public static class Delegating extends FoundationEdgeTest.DelegatingClient {
        /**
         * Wraps a client.
         *
         * @param d the client to forward to
         */
        public Delegating(HttpClient d) {
            super(d);
        }
    }
}
