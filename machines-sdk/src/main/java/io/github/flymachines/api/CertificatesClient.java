package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.internal.validate.SurfaceValidator;
import io.github.flymachines.model.Certificate;
import io.github.flymachines.model.CertificateSummary;
import io.github.flymachines.model.CustomCertificateRequest;
import io.github.flymachines.model.Page;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The TLS certificates of one app's hostnames: {@code fly.app("my-app").certificates()}.
 * Fly-managed (ACME) and custom certificates. Every method has an {@code Async} twin; the
 * blocking form throws the SDK's typed exceptions.
 */
public final class CertificatesClient {
    /** The largest page the API serves. */
    public static final int MAX_PAGE_SIZE = 500;

    private final ClientContext ctx;
    private final RequestOptions options;
    private final String app;

    CertificatesClient(ClientContext ctx, RequestOptions options, String app) {
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
    public CertificatesClient withOptions(RequestOptions value) {
        return new CertificatesClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), app);
    }

    /**
     * Lists every certificate lazily, page by page.
     *
     * @return the certificates
     */
    public Paginated<CertificateSummary> list() {
        return list(null, null);
    }

    /**
     * Lists certificates lazily, page by page.
     *
     * @param filter a hostname filter, or null
     * @param pageSize the page size (1 to 500), or null for the API default (25)
     * @return the certificates
     */
    public Paginated<CertificateSummary> list(String filter, Integer pageSize) {
        SurfaceValidator.pageSize("limit", pageSize, MAX_PAGE_SIZE);
        return new Paginated<>(cursor -> pageAsync(filter, cursor, pageSize));
    }

    /**
     * Reads one page.
     *
     * @param filter a hostname filter, or null
     * @param cursor the cursor from the previous page, or null for the first
     * @param pageSize the page size (1 to 500), or null
     * @return the page
     */
    public Page<CertificateSummary> page(String filter, String cursor, Integer pageSize) {
        return Futures.join(pageAsync(filter, cursor, pageSize));
    }

    /**
     * Reads one page.
     *
     * @param filter a hostname filter, or null
     * @param cursor the cursor from the previous page, or null for the first
     * @param pageSize the page size (1 to 500), or null
     * @return the page
     */
    public CompletableFuture<Page<CertificateSummary>> pageAsync(String filter, String cursor, Integer pageSize) {
        return Requests.run(() -> {
            SurfaceValidator.pageSize("limit", pageSize, MAX_PAGE_SIZE);
            ApiRequest req = ApiRequest.builder(Operation.CERTIFICATES_LIST).path("app_name", app)
                    .query("filter", filter).query("cursor", cursor).query("limit", pageSize).build();
            return ctx.send(req, Decoders.<CertList>json(CertList.class), options)
                    .thenApply(l -> new Page<>(l.certificates(), l.nextCursor(), l.totalCount(), List.of()));
        });
    }

    /**
     * Requests a Fly-managed (ACME) certificate for a hostname. Create the DNS records in
     * {@link Certificate#dnsRequirements()}, then {@link #check(String)}.
     *
     * @param hostname the hostname (wildcards as {@code *.example.com})
     * @return the certificate status
     */
    public Certificate requestAcme(String hostname) {
        return Futures.join(requestAcmeAsync(hostname));
    }

    /**
     * Requests a Fly-managed (ACME) certificate.
     *
     * @param hostname the hostname
     * @return the certificate status
     */
    public CompletableFuture<Certificate> requestAcmeAsync(String hostname) {
        return Requests.run(() -> {
            SurfaceValidator.hostname(hostname);
            return ctx.send(ApiRequest.builder(Operation.CERTIFICATES_ACME_CREATE).path("app_name", app)
                    .body(new HostnameBody(hostname)).build(), Decoders.<Certificate>json(Certificate.class), options);
        });
    }

    /**
     * Installs a custom certificate. The private key is sent once and never printed or logged.
     *
     * @param request hostname, PEM chain and PEM key
     * @return the certificate status
     */
    public Certificate installCustom(CustomCertificateRequest request) {
        return Futures.join(installCustomAsync(request));
    }

    /**
     * Installs a custom certificate.
     *
     * @param request hostname, PEM chain and PEM key
     * @return the certificate status
     */
    public CompletableFuture<Certificate> installCustomAsync(CustomCertificateRequest request) {
        return Requests.run(() -> {
            SurfaceValidator.customCertificate(request);
            return ctx.send(ApiRequest.builder(Operation.CERTIFICATES_CUSTOM_CREATE).path("app_name", app)
                    .body(request).build(), Decoders.<Certificate>json(Certificate.class), options);
        });
    }

    private ApiRequest.Builder host(Operation op, String hostname) {
        SurfaceValidator.hostname(hostname);
        return ApiRequest.builder(op).path("app_name", app).path("hostname", hostname);
    }

    /**
     * Reads a hostname's certificate status.
     *
     * @param hostname the hostname
     * @return the status
     */
    public Certificate get(String hostname) {
        return Futures.join(getAsync(hostname));
    }

    /**
     * Reads a hostname's certificate status.
     *
     * @param hostname the hostname
     * @return the status
     */
    public CompletableFuture<Certificate> getAsync(String hostname) {
        return Requests.run(() -> ctx.send(host(Operation.CERTIFICATES_SHOW, hostname).build(),
                Decoders.<Certificate>json(Certificate.class), options));
    }

    /**
     * Re-checks DNS and validation now; the answer includes the DNS records found.
     *
     * @param hostname the hostname
     * @return the status with {@link Certificate#dnsRecords()}
     */
    public Certificate check(String hostname) {
        return Futures.join(checkAsync(hostname));
    }

    /**
     * Re-checks DNS and validation now.
     *
     * @param hostname the hostname
     * @return the status
     */
    public CompletableFuture<Certificate> checkAsync(String hostname) {
        return Requests.run(() -> ctx.send(host(Operation.CERTIFICATES_CHECK, hostname).build(),
                Decoders.<Certificate>json(Certificate.class), options));
    }

    /**
     * Removes the hostname and all its certificates.
     *
     * @param hostname the hostname
     */
    public void delete(String hostname) {
        Futures.join(deleteAsync(hostname));
    }

    /**
     * Removes the hostname and all its certificates.
     *
     * @param hostname the hostname
     * @return completes when removed
     */
    public CompletableFuture<Void> deleteAsync(String hostname) {
        return Requests.run(() -> ctx.send(host(Operation.CERTIFICATES_DELETE, hostname).build(), Decoders.none(),
                options));
    }

    /**
     * Removes only the Fly-managed (ACME) certificate of a hostname.
     *
     * @param hostname the hostname
     * @return the status afterwards
     */
    public Certificate deleteAcme(String hostname) {
        return Futures.join(deleteAcmeAsync(hostname));
    }

    /**
     * Removes only the Fly-managed (ACME) certificate of a hostname.
     *
     * @param hostname the hostname
     * @return the status afterwards
     */
    public CompletableFuture<Certificate> deleteAcmeAsync(String hostname) {
        return Requests.run(() -> ctx.send(host(Operation.CERTIFICATES_ACME_DELETE, hostname).build(),
                Decoders.<Certificate>jsonOrNull(Certificate.class), options));
    }

    /**
     * Removes only the custom certificate of a hostname.
     *
     * @param hostname the hostname
     * @return the status afterwards (see {@link Certificate#warning()})
     */
    public Certificate deleteCustom(String hostname) {
        return Futures.join(deleteCustomAsync(hostname));
    }

    /**
     * Removes only the custom certificate of a hostname.
     *
     * @param hostname the hostname
     * @return the status afterwards
     */
    public CompletableFuture<Certificate> deleteCustomAsync(String hostname) {
        return Requests.run(() -> ctx.send(host(Operation.CERTIFICATES_CUSTOM_DELETE, hostname).build(),
                Decoders.<Certificate>jsonOrNull(Certificate.class), options));
    }

    record HostnameBody(@JsonProperty("hostname") String hostname) {
    }

    record CertList(@JsonProperty("certificates") List<CertificateSummary> certificates,
            @JsonProperty("next_cursor") String nextCursor, @JsonProperty("total_count") Integer totalCount) {
    }
}
