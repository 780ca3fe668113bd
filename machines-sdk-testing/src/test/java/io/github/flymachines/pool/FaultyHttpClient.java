package io.github.flymachines.pool;

import io.github.flymachines.support.ForwardingHttpClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seeded fault layer between the SDK and the fake: of the requests, a share is answered with a
 * connection reset after the fake has applied them (the client cannot tell whether they
 * happened), and another share is delayed by a few milliseconds. Everything else passes through.
 */
final class FaultyHttpClient extends ForwardingHttpClient {
    private final Random random;
    private final double resetAfter;
    private final double delay;
    final AtomicInteger resets = new AtomicInteger();
    final AtomicInteger delays = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    private volatile boolean enabled = true;

    FaultyHttpClient(HttpClient delegate, long seed, double resetAfter, double delay) {
        super(delegate);
        this.random = new Random(seed);
        this.resetAfter = resetAfter;
        this.delay = delay;
    }

    void enabled(boolean value) {
        enabled = value;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        requests.incrementAndGet();
        double roll;
        int pause;
        synchronized (random) {
            roll = random.nextDouble();
            pause = 1 + random.nextInt(20);
        }
        CompletableFuture<HttpResponse<T>> sent = delegate.sendAsync(request, handler);
        if (!enabled) {
            return sent;
        }
        if (roll < resetAfter) {
            resets.incrementAndGet();
            return sent.thenCompose(r -> CompletableFuture.failedFuture(
                    new IOException("injected: connection reset after the server applied the request")));
        }
        if (roll < resetAfter + delay) {
            delays.incrementAndGet();
            Executor later = CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS);
            return sent.thenApplyAsync(r -> r, later);
        }
        return sent;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return sendThroughAsync(request, handler);
    }
}
