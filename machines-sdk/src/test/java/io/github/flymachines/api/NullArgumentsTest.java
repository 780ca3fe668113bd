package io.github.flymachines.api;

import static io.github.flymachines.support.TestMachine.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.support.WireMockApi;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A table of every public method of every API client (found by reflection from {@link FlyMachines}):
 * each is called with {@code null} for all its object parameters and must refuse with a
 * {@link FlyValidationException} naming one of its required parameters, before any request is sent
 * (WireMock sees none). Async methods may refuse by throwing or with a failed future. Parameters
 * documented as optional ("or null") are listed in {@link #OPTIONAL}.
 */
class NullArgumentsTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    /** Field names the SDK reports for a parameter when they differ from the Java name. */
    static final Map<Class<?>, Object> DEFAULTS = Map.of(boolean.class, false, int.class, 0, long.class, 0L,
            double.class, 0.0);

    static final Map<String, String> ALIASES = Map.of("sourceId", "machine_id", "update", "request", "value", "options");

    /** Parameters documented as optional: by name anywhere, or as method.parameter. */
    static final Set<String> OPTIONAL = Set.of("opts", "query", "filter", "cursor", "pageSize", "expiry", "description",
            "sortBy", "order", "limit", "version", "region", "machineVersion", "guest", "associatedData", "summary",
            "stop.request", "stopAsync.request", "restart.request", "restartAsync.request", "stopAndWait.request",
            "stopAndWaitAsync.request", "oidc.request", "oidcAsync.request");

    @Test
    void everyPublicMethodRefusesNullArgumentsBeforeSending() throws Exception {
        FlyMachines fly = api.client();
        Map<Class<?>, Object> clients = clients(fly);
        assertTrue(clients.size() >= 15, "clients found: " + clients.keySet());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Class<?>, Object> c : clients.entrySet()) {
            List<Method> methods = new ArrayList<>(List.of(c.getKey().getMethods()));
            methods.sort(Comparator.comparing(Method::toString));
            for (Method m : methods) {
                if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                List<String> required = requiredParameters(m);
                if (required.isEmpty()) {
                    continue;
                }
                checked++;
                int before = api.server().getAllServeEvents().size();
                Throwable t = call(c.getValue(), m);
                int sent = api.server().getAllServeEvents().size() - before;
                String where = c.getKey().getSimpleName() + "." + m.getName() + params(m);
                if (sent > 0) {
                    wrong.add(where + ": sent " + sent + " request(s)");
                } else if (!(t instanceof FlyValidationException fe)) {
                    wrong.add(where + ": " + (t == null ? "accepted null" : t.toString()));
                } else if (required.stream().noneMatch(r -> names(fe.field(), r))) {
                    wrong.add(where + ": names " + fe.field() + ", not one of " + required);
                }
            }
        }
        assertTrue(checked > 100, "methods checked: " + checked);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + checked + " methods:\n" + String.join("\n", wrong));
        assertEquals(0, api.server().getAllServeEvents().size());
    }

    private static List<String> requiredParameters(Method m) {
        List<String> out = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            if (!p.getType().isPrimitive() && !OPTIONAL.contains(p.getName())
                    && !OPTIONAL.contains(m.getName() + "." + p.getName())) {
                out.add(p.getName());
            }
        }
        return out;
    }

    /** Whether a reported field ({@code app_name}, {@code command[0]}) names the parameter. */
    private static boolean names(String field, String parameter) {
        String base = field.replaceAll("[\\[.].*$", "");
        String snake = parameter.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        return base.equals(parameter) || base.equals(snake) || base.endsWith("_" + snake)
                || base.equals(ALIASES.get(parameter));
    }

    private static String params(Method m) {
        StringBuilder b = new StringBuilder("(");
        for (Parameter p : m.getParameters()) {
            b.append(b.length() > 1 ? ", " : "").append(p.getType().getSimpleName()).append(' ').append(p.getName());
        }
        return b.append(')').toString();
    }

    /** Calls with null for every object parameter (and zero/false for primitives); returns what it threw. */
    private static Throwable call(Object target, Method m) {
        Object[] args = new Object[m.getParameterCount()];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = DEFAULTS.get(types[i]);
        }
        try {
            Object result = m.invoke(target, args);
            if (result instanceof CompletableFuture<?> f) {
                try {
                    f.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    return e.getCause() instanceof CompletionException ce ? ce.getCause() : e.getCause();
                } finally {
                    f.cancel(true);
                }
            } else if (result instanceof AutoCloseable closeable) {
                closeable.close();
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }

    /** Every API client reachable from the SDK client through accessors, keyed by its class. */
    private static Map<Class<?>, Object> clients(FlyMachines fly) {
        Map<Class<?>, Object> found = new LinkedHashMap<>();
        found.put(FlyMachines.class, fly);
        List<Object> queue = new ArrayList<>(List.of(fly));
        while (!queue.isEmpty()) {
            Object o = queue.remove(0);
            for (Method m : o.getClass().getMethods()) {
                Class<?> r = m.getReturnType();
                boolean client = r.getPackageName().equals("io.github.flymachines.api") && r.getSimpleName().endsWith("Client");
                boolean accessor = m.getParameterCount() == 0
                        || (m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class);
                if (!client || !accessor || found.containsKey(r) || m.getName().startsWith("with") && !m.getName().equals("withId")) {
                    continue;
                }
                try {
                    Object c = m.getParameterCount() == 0 ? m.invoke(o) : m.invoke(o, m.getName().equals("org") ? "personal"
                            : m.getName().equals("app") ? "my-app" : ID);
                    found.put(r, c);
                    queue.add(c);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(m + ": " + e.getCause(), e);
                }
            }
        }
        return found;
    }
}
