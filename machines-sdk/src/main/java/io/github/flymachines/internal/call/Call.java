package io.github.flymachines.internal.call;

import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.http.RawResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import io.github.flymachines.observe.FlyListener;

/**
 * One logical call: the request, how to read its response, and what the retry layer may do with
 * it (region fallback, adoption after an ambiguous create).
 *
 * @param <T> the result type
 */
public final class Call<T> {
    /** Reads a successful response. */
    @FunctionalInterface
    public interface Decoder<T> {
        /**
         * Reads the response.
         *
         * @param response a 2xx response
         * @return the value
         * @throws Exception when the body is malformed
         */
        T decode(RawResponse response) throws Exception;
    }

    /** Finds what an earlier attempt with an unknown outcome may have created. */
    @FunctionalInterface
    public interface Adopter<T> {
        /**
         * Looks the resource up.
         *
         * @param attemptRequest the request the earlier attempt sent
         * @return the resource when found
         */
        CompletableFuture<Optional<T>> lookup(ApiRequest attemptRequest);
    }

    final ApiRequest request;
    final Decoder<T> decoder;
    final RequestOptions options;
    final List<String> regions;
    final BiFunction<ApiRequest, String, ApiRequest> regionApplier;
    final Adopter<T> adopter;
    final boolean idempotentUpdate;
    final io.github.flymachines.internal.api.Operation.Safety safety;
    final FlyListener listener;
    final Function<ApiRequest, String> regionOf;

    private Call(Builder<T> b) {
        this.request = Objects.requireNonNull(b.request, "request");
        this.decoder = Objects.requireNonNull(b.decoder, "decoder");
        this.options = b.options == null ? RequestOptions.NONE : b.options;
        this.regions = List.copyOf(b.regions);
        this.regionApplier = b.regionApplier;
        this.adopter = b.adopter;
        this.idempotentUpdate = b.idempotentUpdate;
        this.listener = b.listener;
        this.safety = b.safety;
        this.regionOf = b.regionOf;
    }

    /**
     * Starts a call.
     *
     * @param request the request
     * @param decoder the response reader
     * @param <T> the result type
     * @return a builder
     */
    public static <T> Builder<T> of(ApiRequest request, Decoder<T> decoder) {
        Builder<T> b = new Builder<>();
        b.request = request;
        b.decoder = decoder;
        return b;
    }

    /** @return the initial request */
    public ApiRequest request() {
        return request;
    }

    /** Builds a {@link Call}. */
    public static final class Builder<T> {
        private ApiRequest request;
        private Decoder<T> decoder;
        private RequestOptions options;
        private List<String> regions = List.of();
        private BiFunction<ApiRequest, String, ApiRequest> regionApplier;
        private Adopter<T> adopter;
        private boolean idempotentUpdate;
        private io.github.flymachines.internal.api.Operation.Safety safety;
        private FlyListener listener;
        private Function<ApiRequest, String> regionOf;

        private Builder() {
        }

        /**
         * Sets per-request options.
         *
         * @param value the options
         * @return this
         */
        public Builder<T> options(RequestOptions value) {
            this.options = value;
            return this;
        }

        /**
         * Sets the ordered regions to fall back through on capacity errors.
         *
         * @param value the regions
         * @param applier makes the request for one region
         * @return this
         */
        public Builder<T> regions(List<String> value, BiFunction<ApiRequest, String, ApiRequest> applier) {
            this.regions = value;
            this.regionApplier = applier;
            return this;
        }

        /**
         * Sets the look-up used after an ambiguous failure.
         *
         * @param value the adopter
         * @return this
         */
        public Builder<T> adopter(Adopter<T> value) {
            this.adopter = value;
            return this;
        }

        /**
         * Marks an update as idempotent (it names {@code current_version} or carries a nonce), or an
         * app create that carries an {@code idempotency_key}.
         *
         * @param value true when idempotent
         * @return this
         */
        public Builder<T> idempotentUpdate(boolean value) {
            this.idempotentUpdate = value;
            return this;
        }

        /**
         * Adds a listener for this call only (on top of the client's), e.g. a create-attempt
         * listener.
         *
         * @param value the listener, or null
         * @return this
         */
        public Builder<T> listener(FlyListener value) {
            this.listener = value;
            return this;
        }

        /**
         * Overrides the operation's safety class for this call: {@code IDEMPOTENT} for a request its
         * caller declared safe to repeat, {@code CREATE_MACHINE} for one whose ambiguous outcome the
         * {@linkplain #adopter(Adopter) adopter} can resolve by a look-up.
         *
         * @param value the safety class, or null for the operation's own
         * @return this
         */
        public Builder<T> safety(io.github.flymachines.internal.api.Operation.Safety value) {
            this.safety = value;
            return this;
        }

        /**
         * Tells listeners which region an attempt's request asks for (creates).
         *
         * @param value reads the region from a request, or null
         * @return this
         */
        public Builder<T> regionOf(Function<ApiRequest, String> value) {
            this.regionOf = value;
            return this;
        }

        /** @return the call */
        public Call<T> build() {
            return new Call<>(this);
        }
    }
}
