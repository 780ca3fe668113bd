package io.github.flymachines.testing;

import io.github.flymachines.FlyMachines;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link FakeFly}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeFlyExtension fly = FakeFlyExtension.create();
 *
 * @Test
 * void boots(FakeFly fake, FlyMachines client) { ... }   // or fly.fake(), fly.client()
 * }</pre>
 *
 * <p>Registered on a static field (or with {@code @ExtendWith(FakeFlyExtension.class)}) it starts
 * one fake per test class; on an instance field, one per test method. Either way each test starts
 * from a clean fake: between tests of a class the fake is {@linkplain FakeFly#reset() reset}
 * (apps, machines, capacity, exec results, stubs, journal). Sharing state across the tests of a
 * class is opt-in: {@link #shared()}. Test methods and constructors can declare parameters of type
 * {@link FakeFly}, {@link FlyMachines} and {@link FakeClock}.
 *
 * <p>One timeline: the client handed out ({@link #client()}, {@link FakeFly#client()}) runs its
 * clock and its sleeper on the fake's {@link FakeClock}, so its back-offs, poll intervals and lease
 * refreshes are timers on the same clock as the machines' transitions.
 */
public final class FakeFlyExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private final Consumer<FakeFly.Builder> customizer;
    private final boolean shared;
    private FakeFly fake;
    private boolean perMethod;

    /** Creates an extension with the default settings (for {@code @ExtendWith}). */
    public FakeFlyExtension() {
        this(b -> { });
    }

    private FakeFlyExtension(Consumer<FakeFly.Builder> customizer) {
        this(customizer, false);
    }

    private FakeFlyExtension(Consumer<FakeFly.Builder> customizer, boolean shared) {
        this.customizer = customizer;
        this.shared = shared;
    }

    /**
     * Creates an extension whose fake keeps its state across the tests of a class (no reset
     * between tests), for suites that build up state on purpose.
     *
     * @return the extension
     */
    public static FakeFlyExtension shared() {
        return new FakeFlyExtension(b -> { }, true);
    }

    /**
     * Creates a sharing extension (see {@link #shared()}) whose fake is built with custom settings.
     *
     * @param customizer adjusts the builder
     * @return the extension
     */
    public static FakeFlyExtension shared(Consumer<FakeFly.Builder> customizer) {
        return new FakeFlyExtension(Objects.requireNonNull(customizer, "customizer"), true);
    }

    /** @return whether the fake's state is kept across tests */
    public boolean isShared() {
        return shared;
    }

    /**
     * Creates an extension with the default settings.
     *
     * @return the extension
     */
    public static FakeFlyExtension create() {
        return new FakeFlyExtension();
    }

    /**
     * Creates an extension whose fake is built with custom settings.
     *
     * @param customizer adjusts the builder (port, token, clock, rate limits...)
     * @return the extension
     */
    public static FakeFlyExtension create(Consumer<FakeFly.Builder> customizer) {
        return new FakeFlyExtension(Objects.requireNonNull(customizer, "customizer"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startIfNeeded(false);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!perMethod) {
            stopIfRunning();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean existed;
        synchronized (this) {
            existed = fake != null;
        }
        startIfNeeded(true);
        if (existed && !perMethod && !shared) {
            fake().reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perMethod) {
            stopIfRunning();
        }
    }

    private synchronized void startIfNeeded(boolean forMethod) {
        if (fake == null) {
            FakeFly.Builder b = FakeFly.builder();
            customizer.accept(b);
            fake = b.build().start();
            perMethod = forMethod;
        }
    }

    private synchronized void stopIfRunning() {
        if (fake != null) {
            fake.close();
            fake = null;
        }
    }

    /**
     * Returns the running fake.
     *
     * @return the fake
     * @throws IllegalStateException outside a test
     */
    public synchronized FakeFly fake() {
        if (fake == null) {
            throw new IllegalStateException("the fake runs only while tests run");
        }
        return fake;
    }

    /** @return the fake's shared SDK client */
    public FlyMachines client() {
        return fake().client();
    }

    /** @return the fake's clock */
    public FakeClock clock() {
        return fake().clock();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> t = p.getParameter().getType();
        return t == FakeFly.class || t == FlyMachines.class || t == FakeClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        startIfNeeded(e.getTestMethod().isPresent());
        Class<?> t = p.getParameter().getType();
        if (t == FakeFly.class) {
            return fake();
        }
        if (t == FlyMachines.class) {
            return client();
        }
        if (t == FakeClock.class) {
            return clock();
        }
        throw new ParameterResolutionException("unsupported parameter type " + t);
    }

    @Override
    public String toString() {
        return "FakeFlyExtension[" + fake + "]";
    }
}
