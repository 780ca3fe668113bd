package io.github.flymachines.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.github.flymachines.support.TestMachine.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.FlyCancelledException;
import io.github.flymachines.errors.FlyIoException;
import io.github.flymachines.errors.ForbiddenException;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.WireMockApi;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Blocking calls throw the typed exception itself (never ExecutionException/CompletionException); interrupts. */
class BlockingCallsTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    static final Set<String> NOT_CALLS = Set.of("app", "id", "metadata", "leases", "toString", "hashCode", "equals",
            "name", "machines", "apps",
            // navigation to the rest of the surface, and local state
            "volumes", "secrets", "secretKeys", "ipAssignments", "certificates", "deployTokens", "org", "platform",
            "tokens", "slug", "latestVersion");

    static List<Method> blockingNoArgMethods(Class<?> c) {
        List<Method> out = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0 && !CompletableFuture.class.isAssignableFrom(m.getReturnType())
                    && !NOT_CALLS.contains(m.getName())) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void everyNoArgumentBlockingCallThrowsTheTypedException() throws Exception {
        api.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"unauthorized\"}")));
        List<String> problems = new ArrayList<>();
        int called = 0;
        try (FlyMachines fly = api.clientBuilder().retry(RetryPolicy.none()).build()) {
            MachineClient machine = fly.app("my-app").machines().withId(ID);
            List<Object[]> targets = List.of(new Object[] {machine, MachineClient.class},
                    new Object[] {machine.metadata(), MetadataClient.class},
                    new Object[] {machine.leases(), LeasesClient.class},
                    new Object[] {fly.app("my-app").machines(), MachinesClient.class},
                    new Object[] {fly.app("my-app"), AppClient.class});
            for (Object[] t : targets) {
                for (Method m : blockingNoArgMethods((Class<?>) t[1])) {
                    called++;
                    try {
                        m.invoke(t[0]);
                        problems.add(m + " returned normally");
                    } catch (InvocationTargetException e) {
                        if (!(e.getCause() instanceof ForbiddenException)) {
                            problems.add(m + " threw " + e.getCause());
                        }
                    }
                }
            }
        }
        assertTrue(called >= 15, "only " + called + " blocking calls found");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aTransportFailureIsATypedIoException() {
        HttpClient failing = new io.github.flymachines.FoundationEdgeTestAccess.Delegating(HttpClient.newHttpClient()) {
            @Override
            public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest r, HttpResponse.BodyHandler<T> h) {
                return CompletableFuture.failedFuture(new IOException("connection reset by peer"));
            }
        };
        try (FlyMachines fly = api.clientBuilder().httpClient(failing).retry(RetryPolicy.none()).build()) {
            FlyIoException e = assertThrows(FlyIoException.class, () -> fly.app("my-app").machines().withId(ID).get());
            assertInstanceOf(IOException.class, e.getCause());
            assertTrue(e.getMessage().contains("connection reset by peer"), e.getMessage());
        }
    }

    @Test
    void aCallMadeWithTheInterruptFlagSetIsCancelledAndKeepsTheFlag() throws Exception {
        HttpClient never = new io.github.flymachines.FoundationEdgeTestAccess.Delegating(HttpClient.newHttpClient()) {
            @Override
            public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest r, HttpResponse.BodyHandler<T> h) {
                return new CompletableFuture<>(); // never answers
            }
        };
        try (FlyMachines fly = api.clientBuilder().httpClient(never).build()) {
            CompletableFuture<Object[]> result = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                Thread.currentThread().interrupt();
                Throwable thrown = null;
                try {
                    fly.app("my-app").machines().withId(ID).get();
                } catch (Throwable e) {
                    thrown = e;
                }
                result.complete(new Object[] {thrown, Thread.currentThread().isInterrupted()});
            });
            t.start();
            Object[] r = result.get(60, TimeUnit.SECONDS);
            assertInstanceOf(FlyCancelledException.class, r[0]);
            assertEquals(Boolean.TRUE, r[1], "the interrupt flag was cleared");
        }
    }
}
