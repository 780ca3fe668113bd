package io.github.flymachines.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every blocking operation of a public client in {@code io.github.flymachines.api} has a
 * {@code CompletableFuture} twin named {@code <name>Async} with the same parameters, and every
 * {@code ...Async} method has its blocking form. Navigation (methods returning another client or
 * a handle that itself has both forms) is exempt.
 */
class AsyncTwinsTest {
    /** Methods that navigate or describe instead of calling the API. */
    private static final Set<String> NOT_OPERATIONS = Set.of("app", "apps", "machines", "machine", "withId",
            "metadata", "leases", "volumes", "volume", "secrets", "secretKeys", "ipAssignments", "certificates",
            "org", "platform", "tokens", "name", "id", "appName", "machineId", "toString", "hashCode", "equals",
            "nonce", "lease", "expiresAt", "isHeld", "close", "machineIdOrNull", "lastError", "lost", "released",
            "latestSecretsVersion", "snapshots", "onLost", "release",
            // local, no request: the org slug, the remembered secrets version and applying it
            "slug", "latestVersion", "applyTo",
            // a job runner is made locally, no request (its runs have both forms)
            "jobs");

    @Test
    void everyBlockingOperationHasAnAsyncTwinAndBackAgain() throws Exception {
        List<String> missing = new ArrayList<>();
        int pairs = 0;
        for (Class<?> c : publicApiClasses()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                        || NOT_OPERATIONS.contains(m.getName())) {
                    continue;
                }
                boolean async = m.getName().endsWith("Async");
                if (async) {
                    assertEquals(CompletableFuture.class, m.getReturnType(), c.getSimpleName() + "." + m.getName()
                            + " must return CompletableFuture");
                    String blocking = m.getName().substring(0, m.getName().length() - 5);
                    if (!has(c, blocking, m.getParameterTypes())) {
                        missing.add(c.getSimpleName() + "." + blocking + Arrays.toString(m.getParameterTypes()));
                    }
                } else if (!m.getReturnType().equals(CompletableFuture.class) && isOperation(m)) {
                    if (!has(c, m.getName() + "Async", m.getParameterTypes())) {
                        missing.add(c.getSimpleName() + "." + m.getName() + "Async"
                                + Arrays.toString(m.getParameterTypes()));
                    } else {
                        pairs++;
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing twins: " + new TreeSet<>(missing));
        assertTrue(pairs >= 40, "expected the whole API surface, found " + pairs + " pairs");
    }

    /** A method is an API operation when it returns data (not a client to navigate to). */
    private static boolean isOperation(Method m) {
        Class<?> r = m.getReturnType();
        // a Paginated is lazy: it fetches on iteration; its pages have ...PageAsync twins
        return !(r.getPackageName().equals("io.github.flymachines.api") && r.getSimpleName().endsWith("Client"))
                && !r.getSimpleName().equals("Paginated")
                && !r.getName().startsWith("java.util.function") && !r.getSimpleName().endsWith("Builder");
    }

    private static boolean has(Class<?> c, String name, Class<?>[] params) {
        try {
            c.getMethod(name, params);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static List<Class<?>> publicApiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(MachineClient.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/github/flymachines/api");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString()
                    .contains("$")).toList()) {
                String n = p.getFileName().toString().replace(".class", "");
                Class<?> c = Class.forName("io.github.flymachines.api." + n);
                if (Modifier.isPublic(c.getModifiers()) && !c.isInterface() && !c.getSimpleName().equals("Paginated")) {
                    out.add(c);
                }
            }
        }
        assertTrue(out.size() >= 5, "found " + out);
        return out;
    }
}
