package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.flymachines.FlyToken;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.call.Call;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.internal.validate.SurfaceValidator;
import io.github.flymachines.model.IssuedToken;
import io.github.flymachines.model.OidcTokenRequest;
import io.github.flymachines.model.TokenAccess;
import io.github.flymachines.model.TokenAuthorization;
import io.github.flymachines.model.TokenInfo;
import io.github.flymachines.model.VerifiedToken;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Tokens: what the current credentials are, OIDC and KMS tokens for Machines, and verifying or
 * authorizing other tokens: {@code fly.tokens()}. Tokens never appear in {@code toString}, logs
 * or exception messages. Every method has an {@code Async} twin.
 */
public final class TokensClient {
    private static final TypeReference<List<VerifiedToken>> VERIFIED_LIST = new TypeReference<>() {
    };

    private final ClientContext ctx;
    private final RequestOptions options;

    TokensClient(ClientContext ctx, RequestOptions options) {
        this.ctx = ctx;
        this.options = options;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public TokensClient withOptions(RequestOptions value) {
        return new TokensClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options));
    }

    /**
     * Describes the tokens this client authenticates with.
     *
     * @return one entry per token in the credentials
     */
    public List<TokenInfo> current() {
        return Futures.join(currentAsync());
    }

    /**
     * Describes the tokens this client authenticates with.
     *
     * @return one entry per token
     */
    public CompletableFuture<List<TokenInfo>> currentAsync() {
        return Requests.run(() -> ctx.send(ApiRequest.builder(Operation.TOKENS_CURRENT).build(),
                Decoders.<CurrentBody>json(CurrentBody.class), options).thenApply(CurrentBody::tokens));
    }

    /**
     * Requests an OIDC token (a JWT) for the Machine making the call.
     *
     * @param request audience and options ({@link OidcTokenRequest#DEFAULT} for none)
     * @return the token
     */
    public IssuedToken oidc(OidcTokenRequest request) {
        return Futures.join(oidcAsync(request));
    }

    /**
     * Requests an OIDC token for the Machine making the call.
     *
     * @param request audience and options
     * @return the token
     */
    public CompletableFuture<IssuedToken> oidcAsync(OidcTokenRequest request) {
        return Requests.run(() -> ctx.send(ApiRequest.builder(Operation.TOKENS_OIDC)
                .header("Accept", "text/plain")
                .body(request == null ? OidcTokenRequest.DEFAULT : request).build(), issued(), options));
    }

    /**
     * Requests a KMS token for the Machine making the call.
     *
     * @return the token
     */
    public IssuedToken kms() {
        return Futures.join(kmsAsync());
    }

    /**
     * Requests a KMS token for the Machine making the call.
     *
     * @return the token
     */
    public CompletableFuture<IssuedToken> kmsAsync() {
        return Requests.run(() -> ctx.send(ApiRequest.builder(Operation.TOKENS_KMS)
                .header("Accept", "text/plain").build(), issued(), options));
    }

    /**
     * Verifies a token.
     *
     * @param token the token to verify (not necessarily this client's)
     * @return the verified macaroons
     * @throws io.github.flymachines.errors.BadRequestException when it does not verify
     */
    public List<VerifiedToken> authenticate(FlyToken token) {
        io.github.flymachines.internal.validate.Args.notNull(token, "token");
        return Futures.join(authenticateAsync(token));
    }

    /**
     * Verifies a token.
     *
     * @param token the token to verify
     * @return the verified macaroons
     */
    public CompletableFuture<List<VerifiedToken>> authenticateAsync(FlyToken token) {
        return Requests.runWith(token, "token", () -> {
            requireToken(token);
            return ctx.send(ApiRequest.builder(Operation.TOKENS_AUTHENTICATE)
                    .body(new HeaderBody(token.authorizationHeader(), null)).build(),
                    Decoders.<List<VerifiedToken>>json(VERIFIED_LIST.getType()), options).thenApply(Models::list);
        });
    }

    /**
     * Checks whether a token grants an access.
     *
     * @param token the token to check
     * @param access the access (for example {@code TokenAccess.builder().appName("a").action(TokenAccess.READ).build()})
     * @return the access granted and the token that granted it
     * @throws io.github.flymachines.errors.ForbiddenException or another typed error when not granted
     */
    public TokenAuthorization authorize(FlyToken token, TokenAccess access) {
        return Futures.join(authorizeAsync(token, access));
    }

    /**
     * Checks whether a token grants an access.
     *
     * @param token the token to check
     * @param access the access
     * @return the access granted and the token that granted it
     */
    public CompletableFuture<TokenAuthorization> authorizeAsync(FlyToken token, TokenAccess access) {
        return Requests.runWith(token, "token", () -> {
            requireToken(token);
            SurfaceValidator.tokenAccess(access);
            return ctx.send(ApiRequest.builder(Operation.TOKENS_AUTHORIZE)
                    .body(new HeaderBody(token.authorizationHeader(), access)).build(),
                    Decoders.<TokenAuthorization>json(TokenAuthorization.class), options);
        });
    }

    private static void requireToken(FlyToken token) {
        if (token == null) {
            throw new FlyValidationException("token", "is required (the token to check)");
        }
    }

    private static Call.Decoder<IssuedToken> issued() {
        Call.Decoder<String> text = Decoders.text();
        return raw -> {
            String t = text.decode(raw).strip();
            if (t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.isEmpty()) {
                throw new IOException("the answer has no token");
            }
            return new IssuedToken(t);
        };
    }

    record CurrentBody(@JsonProperty("tokens") List<TokenInfo> tokens) {
        CurrentBody {
            tokens = Models.list(tokens);
        }
    }

    record HeaderBody(@JsonProperty("header") String header, @JsonProperty("access") TokenAccess access) {
        @Override
        public String toString() {
            return "HeaderBody[header=<redacted>, access=" + access + "]";
        }
    }
}
