package io.github.flymachines.testing;

/**
 * The fake the README's snippets run against (see {@link ReadmeSnippetsTest}): public, so the
 * snippet classes, compiled at test time into their own class loader, can reach it.
 */
public final class ReadmeFake {
    /** The running fake, while {@link ReadmeSnippetsTest} runs the snippets. */
    public static volatile FakeFly fake;

    private ReadmeFake() {
    }

    /** @return a client builder pointing at the fake (what the snippets' {@code FlyMachines.builder()} becomes) */
    public static io.github.flymachines.FlyMachines.Builder builder() {
        return fake.clientBuilder();
    }

    /** @return the fake's token (what the snippets' {@code FlyToken.fromEnv()} becomes) */
    public static String token() {
        return fake.token();
    }
}
