package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.call.Call;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.json.TimeJson;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.internal.validate.SurfaceValidator;
import io.github.flymachines.model.AppSecret;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.SecretsChange;
import io.github.flymachines.model.SecretsQuery;
import io.github.flymachines.model.UpdateMachineRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * The secrets of one app: {@code fly.app("my-app").secrets()}. Values are sent to the API and
 * never appear in {@code toString}, logs or exception messages.
 *
 * <p><b>Versions.</b> Every write returns the app secrets version it produced
 * ({@link SecretsChange#version()}). A Machine created or updated with
 * {@code min_secrets_version} at least that version is guaranteed to see the change. This client
 * remembers, per app and per {@code FlyMachines} instance, the highest version any write through
 * it returned ({@link #latestVersion()}), and {@link #applyTo(CreateMachineRequest)} /
 * {@link #applyTo(UpdateMachineRequest)} copy it into a machine request explicitly. Nothing is
 * filled in behind your back: machine creates and updates send exactly what you pass.
 *
 * <p>Every method has an {@code Async} twin; the blocking form throws the SDK's typed exceptions.
 */
public final class SecretsClient {
    private final ClientContext ctx;
    private final RequestOptions options;
    private final String app;

    SecretsClient(ClientContext ctx, RequestOptions options, String app) {
        this.ctx = ctx;
        this.options = options;
        this.app = app;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public SecretsClient withOptions(RequestOptions value) {
        return new SecretsClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), app);
    }

    /**
     * The highest app secrets version returned by a secret or secret-key write through this
     * {@code FlyMachines} instance, for this app.
     *
     * @return the version, or empty when no write was seen
     */
    public OptionalLong latestVersion() {
        return ctx.secretsVersion(app).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * Returns a copy of a machine create whose {@code min_secrets_version} is at least
     * {@link #latestVersion()}. A higher version already in the request is kept; without a
     * remembered version the request is returned unchanged.
     *
     * @param request the machine create
     * @return the request to send
     */
    public CreateMachineRequest applyTo(CreateMachineRequest request) {
        io.github.flymachines.internal.validate.Args.notNull(request, "request");
        OptionalLong v = latestVersion();
        if (v.isEmpty() || (request.minSecretsVersion() != null && request.minSecretsVersion() >= v.getAsLong())) {
            return request;
        }
        return request.withMinSecretsVersion(v.getAsLong());
    }

    /**
     * Returns a copy of a machine update whose {@code min_secrets_version} is at least
     * {@link #latestVersion()}. A higher version already in the request is kept.
     *
     * @param request the machine update
     * @return the request to send
     */
    public UpdateMachineRequest applyTo(UpdateMachineRequest request) {
        io.github.flymachines.internal.validate.Args.notNull(request, "request");
        OptionalLong v = latestVersion();
        if (v.isEmpty() || (request.minSecretsVersion() != null && request.minSecretsVersion() >= v.getAsLong())) {
            return request;
        }
        return request.withMinSecretsVersion(v.getAsLong());
    }

    /**
     * Lists the secrets (names and digests, no values).
     *
     * @return the secrets
     */
    public List<AppSecret> list() {
        return Futures.join(listAsync(SecretsQuery.DEFAULT));
    }

    /**
     * Lists the secrets.
     *
     * @param query a version to wait for and whether to include values
     * @return the secrets
     */
    public List<AppSecret> list(SecretsQuery query) {
        return Futures.join(listAsync(query));
    }

    /**
     * Lists the secrets.
     *
     * @return the secrets
     */
    public CompletableFuture<List<AppSecret>> listAsync() {
        return listAsync(SecretsQuery.DEFAULT);
    }

    /**
     * Lists the secrets.
     *
     * @param query a version to wait for and whether to include values
     * @return the secrets
     */
    public CompletableFuture<List<AppSecret>> listAsync(SecretsQuery query) {
        return Requests.run(() -> {
            SecretsQuery q = query == null ? SecretsQuery.DEFAULT : query;
            ApiRequest req = ApiRequest.builder(Operation.SECRETS_LIST).path("app_name", app)
                    .query("min_version", q.minVersion()).query("show_secrets", q.showSecrets()).build();
            return ctx.send(req, Decoders.<SecretList>json(SecretList.class), options).thenApply(SecretList::secrets);
        });
    }

    /**
     * Reads one secret.
     *
     * @param name the name
     * @param query a version to wait for and whether to include the value
     * @return the secret
     * @throws io.github.flymachines.errors.NotFoundException when there is no such secret
     */
    public AppSecret get(String name, SecretsQuery query) {
        return Futures.join(getAsync(name, query));
    }

    /**
     * Reads one secret (name and digest).
     *
     * @param name the name
     * @return the secret
     */
    public AppSecret get(String name) {
        return Futures.join(getAsync(name, SecretsQuery.DEFAULT));
    }

    /**
     * Reads one secret (name and digest).
     *
     * @param name the name
     * @return the secret
     */
    public CompletableFuture<AppSecret> getAsync(String name) {
        return getAsync(name, SecretsQuery.DEFAULT);
    }

    /**
     * Reads one secret.
     *
     * @param name the name
     * @param query a version to wait for and whether to include the value
     * @return the secret
     */
    public CompletableFuture<AppSecret> getAsync(String name, SecretsQuery query) {
        return Requests.run(() -> {
            SurfaceValidator.secretName("secret_name", name);
            SecretsQuery q = query == null ? SecretsQuery.DEFAULT : query;
            ApiRequest req = ApiRequest.builder(Operation.SECRET_GET).path("app_name", app).path("secret_name", name)
                    .query("min_version", q.minVersion()).query("show_secrets", q.showSecrets()).build();
            return ctx.send(req, Decoders.<AppSecret>json(AppSecret.class), options);
        });
    }

    /**
     * Sets one secret.
     *
     * @param name the name
     * @param value the value (never logged)
     * @return the secret and the version the write produced
     */
    public SecretsChange set(String name, String value) {
        io.github.flymachines.internal.validate.Args.notNull(name, "name");
        return Futures.join(setAsync(name, value));
    }

    /**
     * Sets one secret.
     *
     * @param name the name
     * @param value the value (never logged)
     * @return the secret and the version the write produced
     */
    public CompletableFuture<SecretsChange> setAsync(String name, String value) {
        return Requests.runWith(name, "name", () -> {
            SurfaceValidator.secrets(nullSafe(name, value), false);
            ApiRequest req = ApiRequest.builder(Operation.SECRET_CREATE).path("app_name", app)
                    .path("secret_name", name).body(new ValueBody(value)).build();
            return ctx.send(req, versioned(SetResponse.class), options)
                    .thenApply(r -> remember(new SecretsChange(List.of(r.secret()), r.version())));
        });
    }

    /**
     * Deletes one secret.
     *
     * @param name the name
     * @return the version the deletion produced (no secrets)
     */
    public SecretsChange delete(String name) {
        return Futures.join(deleteAsync(name));
    }

    /**
     * Deletes one secret.
     *
     * @param name the name
     * @return the version the deletion produced
     */
    public CompletableFuture<SecretsChange> deleteAsync(String name) {
        return Requests.run(() -> {
            SurfaceValidator.secretName("secret_name", name);
            ApiRequest req = ApiRequest.builder(Operation.SECRET_DELETE).path("app_name", app)
                    .path("secret_name", name).build();
            return ctx.send(req, versioned(VersionOnly.class), options)
                    .thenApply(r -> remember(new SecretsChange(List.of(), r.version())));
        });
    }

    /**
     * Sets several secrets in one atomic write.
     *
     * @param values the names and values (never logged)
     * @return the secrets and the version the write produced
     */
    public SecretsChange setAll(Map<String, String> values) {
        return Futures.join(setAllAsync(values));
    }

    /**
     * Sets several secrets in one atomic write.
     *
     * @param values the names and values (never logged)
     * @return the secrets and the version the write produced
     */
    public CompletableFuture<SecretsChange> setAllAsync(Map<String, String> values) {
        return Requests.run(() -> {
            SurfaceValidator.secrets(values, false);
            return bulk(new LinkedHashMap<>(values));
        });
    }

    /**
     * Removes several secrets in one atomic write.
     *
     * @param names the names
     * @return the remaining secrets and the version the write produced
     */
    public SecretsChange unset(Collection<String> names) {
        io.github.flymachines.internal.validate.Args.notNull(names, "names");
        return Futures.join(unsetAsync(names));
    }

    /**
     * Removes several secrets in one atomic write.
     *
     * @param names the names
     * @return the remaining secrets and the version the write produced
     */
    public CompletableFuture<SecretsChange> unsetAsync(Collection<String> names) {
        return Requests.runWith(names, "names", () -> {
            Map<String, String> values = new LinkedHashMap<>();
            names.forEach(n -> values.put(n, null));
            SurfaceValidator.secrets(values, true);
            return bulk(values);
        });
    }

    /**
     * Sets and removes secrets in one atomic write: a name mapped to null is removed.
     *
     * @param changes the names and values, null to remove
     * @return the secrets and the version the write produced
     */
    public SecretsChange update(Map<String, String> changes) {
        io.github.flymachines.internal.validate.Args.notNull(changes, "changes");
        return Futures.join(updateAsync(changes));
    }

    /**
     * Sets and removes secrets in one atomic write: a name mapped to null is removed.
     *
     * @param changes the names and values, null to remove
     * @return the secrets and the version the write produced
     */
    public CompletableFuture<SecretsChange> updateAsync(Map<String, String> changes) {
        return Requests.runWith(changes, "changes", () -> {
            SurfaceValidator.secrets(changes, true);
            return bulk(new LinkedHashMap<>(changes));
        });
    }

    private CompletableFuture<SecretsChange> bulk(Map<String, String> values) {
        ApiRequest req = ApiRequest.builder(Operation.SECRETS_UPDATE).path("app_name", app)
                .body(new BulkBody(values)).build();
        return ctx.send(req, versioned(BulkResponse.class), options)
                .thenApply(r -> remember(new SecretsChange(r.secrets(), r.version())));
    }

    private SecretsChange remember(SecretsChange change) {
        ctx.rememberSecretsVersion(app, change.version());
        return change;
    }

    private static Map<String, String> nullSafe(String name, String value) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(name == null ? "" : name, value);
        return m;
    }

    /** Reads a write answer and insists on its version (the point of the write for callers). */
    static <T extends Versioned> Call.Decoder<T> versioned(Class<T> type) {
        return Decoders.jsonRequiring(type, t -> t.version() != null, "the answer has no secrets version");
    }

    /** A write answer carrying the new version. */
    interface Versioned {
        Long version();
    }

    record SecretList(@JsonProperty("secrets") List<AppSecret> secrets) {
        SecretList {
            secrets = Models.list(secrets);
        }
    }

    record ValueBody(@JsonProperty("value") String value) {
        @Override
        public String toString() {
            return "ValueBody[value=" + Models.REDACTED + "]";
        }
    }

    record BulkBody(@JsonProperty("values") @JsonInclude(content = JsonInclude.Include.ALWAYS)
            Map<String, String> values) {
        @Override
        public String toString() {
            return "BulkBody[names=" + values.keySet() + "]";
        }
    }

    /*
     * The spec declares both "version" and the deprecated "Version" on these answers, so a body may
     * carry both: two components (a @JsonAlias on one creator property fails on such a body), and
     * version() prefers the lower-case one.
     */

    record VersionOnly(@JsonProperty("version") Long current, @JsonProperty("Version") Long legacy)
            implements Versioned {
        @Override
        public Long version() {
            return current != null ? current : legacy;
        }
    }

    record BulkResponse(@JsonProperty("secrets") List<AppSecret> secrets,
            @JsonProperty("version") Long current, @JsonProperty("Version") Long legacy) implements Versioned {
        @Override
        public Long version() {
            return current != null ? current : legacy;
        }
    }

    record SetResponse(@JsonProperty("name") String name, @JsonProperty("digest") String digest,
            @JsonProperty("value") String value, @JsonProperty("created_at") @TimeJson Instant createdAt,
            @JsonProperty("updated_at") @TimeJson Instant updatedAt,
            @JsonProperty("version") Long current, @JsonProperty("Version") Long legacy) implements Versioned {
        @Override
        public Long version() {
            return current != null ? current : legacy;
        }

        AppSecret secret() {
            return new AppSecret(name, digest, value, createdAt, updatedAt, null, null);
        }

        @Override
        public String toString() {
            return "SetResponse[name=" + name + ", version=" + version() + "]";
        }
    }
}
