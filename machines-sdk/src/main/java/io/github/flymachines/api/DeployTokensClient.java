package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flymachines.FlyToken;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.call.Call;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.json.GoDuration;
import io.github.flymachines.internal.util.Futures;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Deploy tokens of one app: {@code fly.app("my-app").deployTokens()}. A deploy token can manage
 * only that app. The token comes back as a {@link FlyToken}, usable directly with
 * {@code FlyMachines.builder().token(...)} and never printed.
 */
public final class DeployTokensClient {
    private final ClientContext ctx;
    private final RequestOptions options;
    private final String app;

    DeployTokensClient(ClientContext ctx, RequestOptions options, String app) {
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
    public DeployTokensClient withOptions(RequestOptions value) {
        return new DeployTokensClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), app);
    }

    /**
     * Creates a deploy token. Not retried after an ambiguous failure (a retry would mint a
     * second token).
     *
     * @param expiry how long it is valid, or null for the API default (sent as a Go duration, e.g. {@code 720h0m0s})
     * @return the token
     */
    public FlyToken create(Duration expiry) {
        return Futures.join(createAsync(expiry));
    }

    /**
     * Creates a deploy token.
     *
     * @param expiry how long it is valid, or null for the API default
     * @return the token
     */
    public CompletableFuture<FlyToken> createAsync(Duration expiry) {
        return Requests.run(() -> {
            if (expiry != null && (expiry.isNegative() || expiry.isZero())) {
                throw new FlyValidationException("expiry", "must be positive, got " + expiry);
            }
            ApiRequest req = ApiRequest.builder(Operation.APP_CREATE_DEPLOY_TOKEN).path("app_name", app)
                    .body(new ExpiryBody(expiry == null ? null : GoDuration.format(expiry))).build();
            Call.Decoder<TokenBody> json = Decoders.json(TokenBody.class);
            Call.Decoder<FlyToken> dec = raw -> {
                TokenBody b = json.decode(raw);
                if (b.token() == null || b.token().isBlank()) {
                    throw new IOException("the answer has no token");
                }
                return FlyToken.of(b.token());
            };
            return ctx.send(req, dec, options);
        });
    }

    record ExpiryBody(@JsonProperty("expiry") String expiry) {
    }

    record TokenBody(@JsonProperty("token") String token) {
        @Override
        public String toString() {
            return "TokenBody[token=<redacted>]";
        }
    }
}
