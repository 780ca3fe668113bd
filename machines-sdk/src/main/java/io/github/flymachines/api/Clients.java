package io.github.flymachines.api;

import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;

/**
 * Creates the resource clients for {@link io.github.flymachines.FlyMachines}. Not for direct use.
 */
public final class Clients {
    private Clients() {
    }

    /**
     * Creates the apps client.
     *
     * @param ctx the shared context
     * @return the client
     */
    public static AppsClient apps(ClientContext ctx) {
        return new AppsClient(ctx, RequestOptions.NONE);
    }

    /**
     * Creates an app client.
     *
     * @param ctx the shared context
     * @param name the app name
     * @return the client
     */
    public static AppClient app(ClientContext ctx, String name) {
        return new AppClient(ctx, RequestOptions.NONE, name);
    }
}
