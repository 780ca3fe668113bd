package io.github.flymachines;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.lifecycle.RunOptions;
import io.github.flymachines.lifecycle.UpdateOptions;
import io.github.flymachines.retry.RateLimitPolicy;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.ReadmeSection;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Defaults table says what the code does, the timeouts as a built client has them. */
class DefaultsReadmeTest {
    @Test
    void theDefaultsTableMatchesTheCode() throws IOException {
        String readme = Files.readString(ReadmeSection.readme());
        Duration connect;
        RequestOptions calls;
        try (FlyMachines fly = FlyMachines.builder().token("t0k3n").build()) {
            // what the built client uses, not the builder's fields
            connect = fly.context().engine().transport().httpClient().connectTimeout().orElseThrow();
            calls = fly.context().engine().defaults();
        }
        RetryPolicy retry = RetryPolicy.defaults();
        RateLimitPolicy limits = RateLimitPolicy.defaults();
        List<String> rows = List.of(
                "| connect timeout | " + human(connect) + " |",
                "| attempt timeout (until the response headers arrive) | " + human(calls.attemptTimeout()) + " |",
                "| whole call (attempts and back-off delays) | " + human(calls.timeout()) + " |",
                "| attempts | " + retry.maxAttempts() + " (the first and " + (retry.maxAttempts() - 1) + " retries) |",
                "| back-off | full jitter from " + human(retry.baseDelay()) + ", at most " + human(retry.maxDelay()) + " |",
                "full jitter from " + human(retry.throttleBaseDelay()) + ", at most " + human(retry.throttleMaxDelay()) + " |",
                "| look-ups for a create whose answer was lost | " + retry.adoptionLookups() + " |",
                "| " + rate(limits.perActionRate()) + " request/s, burst " + limits.perActionBurst()
                        + ", per action per machine; get machine " + rate(limits.getMachineRate()) + "/s, burst "
                        + limits.getMachineBurst() + " |",
                "| " + human(RunOptions.DEFAULTS.waitTimeout()) + ", machine destroyed when it fails to start |",
                "| " + human(UpdateOptions.DEFAULTS.waitTimeout()) + " / " + human(UpdateOptions.DEFAULTS.leaseTtl()) + " |");
        for (String row : rows) {
            assertTrue(readme.contains(row), "README Defaults table lacks: " + row);
        }
        assertTrue(retry.circuitBreaker().isEmpty() && readme.contains("| circuit breaker | none |"));
    }

    private static String rate(double r) {
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    private static String human(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        if (d.getSeconds() > 60 && d.getSeconds() % 60 == 0) {
            return d.toMinutes() + " min";
        }
        return d.getSeconds() + " s";
    }
}
