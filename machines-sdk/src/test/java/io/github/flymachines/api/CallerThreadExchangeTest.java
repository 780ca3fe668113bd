package io.github.flymachines.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.FlyCancelledException;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.ForwardingHttpClient;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireMockApi;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Blocking calls make their first exchange with {@code HttpClient.send} on the calling thread
 * (no hop through {@code CompletableFuture}'s default executor); asynchronous calls and retries
 * keep using {@code sendAsync}.
 */
class CallerThreadExchangeTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    /** Records which HttpClient method each exchange went through, and on which thread. */
    static final class Recording extends ForwardingHttpClient {
        final List<String> calls = new CopyOnWriteArrayList<>();

        Recording() {
            super(HttpClient.newBuilder().version(Version.HTTP_1_1).build());
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            calls.add("send@" + Thread.currentThread().getName());
            return delegate.send(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                HttpResponse.BodyHandler<T> handler) {
            calls.add("sendAsync");
            return delegate.sendAsync(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
            calls.add("sendAsync");
            return delegate.sendAsync(request, handler, push);
        }
    }

    private static MachineClient machine(Recording http) {
        FlyMachines fly = api.clientBuilder().httpClient(http).build();
        return fly.app("my-app").machines().withId("3d8d413b29d089");
    }

    @Test
    void blockingGetSendsOnTheCallersThread() {
        api.server().stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "started"))));
        Recording http = new Recording();
        assertEquals("3d8d413b29d089", machine(http).get().id());
        assertEquals(List.of("send@" + Thread.currentThread().getName()), http.calls);
    }

    @Test
    void asyncGetStaysAsynchronous() throws Exception {
        api.server().stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "started"))));
        Recording http = new Recording();
        assertEquals("3d8d413b29d089", machine(http).getAsync().get().id());
        assertEquals(List.of("sendAsync"), http.calls);
    }

    @Test
    void onlyTheFirstExchangeOfABlockingCallIsMadeInline() {
        Stubs.sequence(api.server(), () -> get(urlPathEqualTo(M)), Stubs.error(503, "{\"error\":\"unavailable\"}"),
                okJson(Fixtures.machine("3d8d413b29d089", "started")));
        Recording http = new Recording();
        assertEquals("3d8d413b29d089", machine(http).get().id());
        assertEquals(List.of("send@" + Thread.currentThread().getName(), "sendAsync"), http.calls);
    }

    @Test
    void interruptingABlockedCallCancelsItAndKeepsTheInterrupt() throws Exception {
        api.server().stubFor(get(urlPathEqualTo(M)).willReturn(aResponse().withFixedDelay(4_000)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.machine("3d8d413b29d089", "started"))));
        Recording http = new Recording();
        MachineClient m = machine(http);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                m.get();
            } catch (Throwable t) {
                thrown.set(t);
            }
            flag.set(Thread.currentThread().isInterrupted());
        }, "blocking-caller");
        caller.start();
        while (http.calls.isEmpty()) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        caller.interrupt();
        caller.join(10_000);
        assertInstanceOf(FlyCancelledException.class, thrown.get());
        assertTrue(flag.get(), "interrupt flag kept");
        assertEquals(List.of("send@blocking-caller"), http.calls);
    }
}
