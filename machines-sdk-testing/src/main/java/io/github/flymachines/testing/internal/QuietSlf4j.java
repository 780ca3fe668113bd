package io.github.flymachines.testing.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * WireMock and Jetty log through SLF4J. In a project that set up no logging at all, SLF4J 2 would
 * print its three-line "No SLF4J providers were found" notice in every test run, for a library the
 * user never chose. This quiets exactly that case: only when no SLF4J provider (and no SLF4J 1.x
 * binding) is on the class path and the user has not set {@code slf4j.internal.verbosity} or
 * {@code slf4j.provider} themselves, it sets {@code slf4j.internal.verbosity=ERROR}. A project with
 * Logback, Log4j or any other provider is left alone, and so are SLF4J's errors.
 */
public final class QuietSlf4j {
    private QuietSlf4j() {
    }

    /** Quiets SLF4J's "no providers" notice when no provider was installed. Call before WireMock starts. */
    public static void ifNoProvider() {
        if (System.getProperty("slf4j.internal.verbosity") != null || System.getProperty("slf4j.provider") != null) {
            return;
        }
        try {
            Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, QuietSlf4j.class.getClassLoader());
            ClassLoader loader = spi.getClassLoader();
            if (ServiceLoader.load(spi, loader).iterator().hasNext()
                    || loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null) {
                return; // the user chose a logging backend: SLF4J's messages are theirs to see
            }
        } catch (ClassNotFoundException | ServiceConfigurationError | LinkageError e) {
            return; // no SLF4J 2 on the class path: nothing prints
        }
        System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
}
