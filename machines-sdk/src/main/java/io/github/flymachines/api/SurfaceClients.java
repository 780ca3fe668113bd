package io.github.flymachines.api;

import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;

/**
 * Creates the organization, platform and token clients for
 * {@link io.github.flymachines.FlyMachines}. Not for direct use.
 */
public final class SurfaceClients {
    private SurfaceClients() {
    }

    /**
     * Creates an organization client.
     *
     * @param ctx the shared context
     * @param slug the organization slug
     * @return the client
     */
    public static OrgClient org(ClientContext ctx, String slug) {
        return new OrgClient(ctx, RequestOptions.NONE, slug);
    }

    /**
     * Creates the platform client.
     *
     * @param ctx the shared context
     * @return the client
     */
    public static PlatformClient platform(ClientContext ctx) {
        return new PlatformClient(ctx, RequestOptions.NONE);
    }

    /**
     * Creates the tokens client.
     *
     * @param ctx the shared context
     * @return the client
     */
    public static TokensClient tokens(ClientContext ctx) {
        return new TokensClient(ctx, RequestOptions.NONE);
    }
}
