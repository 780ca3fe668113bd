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
import io.github.flymachines.model.AssignIpRequest;
import io.github.flymachines.model.IpAssignment;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The IP addresses of one app: {@code fly.app("my-app").ipAssignments()}. Every method has an
 * {@code Async} twin; the blocking form throws the SDK's typed exceptions.
 */
public final class IpAssignmentsClient {
    private final ClientContext ctx;
    private final RequestOptions options;
    private final String app;

    IpAssignmentsClient(ClientContext ctx, RequestOptions options, String app) {
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
    public IpAssignmentsClient withOptions(RequestOptions value) {
        return new IpAssignmentsClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), app);
    }

    /**
     * Lists the app's addresses.
     *
     * @return the addresses
     */
    public List<IpAssignment> list() {
        return Futures.join(listAsync());
    }

    /**
     * Lists the app's addresses.
     *
     * @return the addresses
     */
    public CompletableFuture<List<IpAssignment>> listAsync() {
        return Requests.run(() -> ctx.send(ApiRequest.builder(Operation.APP_IP_ASSIGNMENTS_LIST).path("app_name", app)
                .build(), Decoders.<IpList>json(IpList.class), options).thenApply(IpList::ips));
    }

    /**
     * Assigns an address. The type is required; egress types need a region; {@code network}
     * only applies to {@code private_v6}. Not retried after an ambiguous failure (a retry could
     * assign, and bill, a second address).
     *
     * @param request what to assign
     * @return the address (newer APIs add fields such as {@code ip_pair} in {@code extra})
     */
    public IpAssignment assign(AssignIpRequest request) {
        io.github.flymachines.internal.validate.Args.notNull(request, "request");
        return Futures.join(assignAsync(request));
    }

    /**
     * Assigns an address. See {@link #assign(AssignIpRequest)}.
     *
     * @param request what to assign
     * @return the address
     */
    public CompletableFuture<IpAssignment> assignAsync(AssignIpRequest request) {
        return Requests.runWith(request, "request", () -> {
            SurfaceValidator.assignIp(request);
            return ctx.send(ApiRequest.builder(Operation.APP_IP_ASSIGNMENTS_CREATE).path("app_name", app)
                    .body(request).build(), Decoders.<IpAssignment>json(IpAssignment.class), options);
        });
    }

    /**
     * Releases an address.
     *
     * @param ip the address, IPv4 or IPv6
     */
    public void release(String ip) {
        Futures.join(releaseAsync(ip));
    }

    /**
     * Releases an address.
     *
     * @param ip the address, IPv4 or IPv6
     * @return completes when released
     */
    public CompletableFuture<Void> releaseAsync(String ip) {
        return Requests.run(() -> {
            Requests.require("ip", ip);
            return ctx.send(ApiRequest.builder(Operation.APP_IP_ASSIGNMENTS_DELETE).path("app_name", app)
                    .path("ip", ip).build(), Decoders.none(), options);
        });
    }

    record IpList(@JsonProperty("ips") List<IpAssignment> ips) {
        IpList {
            ips = Models.list(ips);
        }
    }
}
