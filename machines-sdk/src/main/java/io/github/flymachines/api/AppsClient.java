package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.call.Call;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.internal.validate.Validator;
import io.github.flymachines.model.App;
import io.github.flymachines.model.CreateAppRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The apps of an organization: list, create, get, delete. Every method has an {@code Async} twin
 * returning a {@link CompletableFuture}; the blocking form throws the SDK's typed exceptions.
 */
public final class AppsClient {
    private final ClientContext ctx;
    private final RequestOptions options;

    AppsClient(ClientContext ctx, RequestOptions options) {
        this.ctx = ctx;
        this.options = options;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public AppsClient withOptions(RequestOptions value) {
        return new AppsClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options));
    }

    /**
     * Lists the apps of an organization.
     *
     * @param orgSlug the organization slug ({@code personal} for your personal org)
     * @return the apps
     */
    public List<App> list(String orgSlug) {
        return Futures.join(listAsync(orgSlug));
    }

    /**
     * Lists the apps of an organization.
     *
     * @param orgSlug the organization slug
     * @return the apps
     */
    public CompletableFuture<List<App>> listAsync(String orgSlug) {
        return Requests.run(() -> {
            Requests.require("org_slug", orgSlug);
            ApiRequest req = ApiRequest.builder(Operation.APPS_LIST).query("org_slug", orgSlug).build();
            return ctx.send(req, Decoders.<AppList>json(AppList.class), options).thenApply(AppList::apps);
        });
    }

    /**
     * Creates an app.
     *
     * @param request the name and organization
     * @return the app as far as the API describes it
     */
    public App create(CreateAppRequest request) {
        return Futures.join(createAsync(request));
    }

    /**
     * Creates an app. Not retried after an ambiguous failure unless the request carries an
     * {@code idempotency_key}.
     *
     * @param request the name and organization
     * @return the app
     */
    public CompletableFuture<App> createAsync(CreateAppRequest request) {
        return Requests.run(() -> {
            Validator.createApp(request);
            ApiRequest req = ApiRequest.builder(Operation.APPS_CREATE).body(request).build();
            boolean keyed = request.idempotencyKey() != null && !request.idempotencyKey().isBlank();
            return ctx.execute(Call.of(req, Decoders.<App>jsonOrNull(App.class)).options(options)
                    .idempotentUpdate(keyed).build()).thenApply(app -> {
                if (app == null) {
                    return new App(null, request.name(), null, null, request.network(), null, null, null, null, null);
                }
                return app.name() == null ? new App(app.id(), request.name(), app.status(), app.organization(),
                        app.network(), app.networkCidr(), app.machineCount(), app.volumeCount(),
                        app.internalNumericId(), app.extra()) : app;
            });
        });
    }

    /**
     * Reads an app.
     *
     * @param name the app name
     * @return the app
     */
    public App get(String name) {
        return Futures.join(getAsync(name));
    }

    /**
     * Reads an app.
     *
     * @param name the app name
     * @return the app
     */
    public CompletableFuture<App> getAsync(String name) {
        return Requests.run(() -> ctx.send(ApiRequest.builder(Operation.APPS_SHOW).path("app_name", name).build(),
                Decoders.<App>json(App.class), options));
    }

    /**
     * Deletes an app and everything in it.
     *
     * @param name the app name
     */
    public void delete(String name) {
        Futures.join(deleteAsync(name));
    }

    /**
     * Deletes an app and everything in it.
     *
     * @param name the app name
     * @return completes when the API accepted the deletion
     */
    public CompletableFuture<Void> deleteAsync(String name) {
        return Requests.run(() -> ctx.send(ApiRequest.builder(Operation.APPS_DELETE).path("app_name", name).build(),
                Decoders.none(), options));
    }

    /** The wire shape of the app list. */
    record AppList(@JsonProperty("apps") List<App> apps, @JsonProperty("total_apps") Integer totalApps) {
        AppList {
            apps = Models.list(apps);
        }
    }
}
