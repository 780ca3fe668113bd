package io.github.flymachines.retry;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.support.ReadmeSection;
import org.junit.jupiter.api.Test;

/** README's per-operation retry table is generated from the operation classification. */
class RetryClassificationReadmeTest {
    static String safety(Operation op) {
        return switch (op.safety()) {
            case IDEMPOTENT -> "idempotent: any transient fault";
            case NON_IDEMPOTENT -> "definite refusals only";
            case CREATE_MACHINE -> "ambiguous: look up by request id, adopt";
            case IDEMPOTENT_IF_LEASED -> "idempotent with nonce or current_version";
        };
    }

    static String limit(Operation op) {
        return switch (op.limit()) {
            case NONE -> "-";
            case MACHINE -> "per machine, 1/s burst 3";
            case MACHINE_GET -> "per machine, 5/s burst 10";
            case APP -> "per app, 1/s burst 3";
        };
    }

    @Test
    void readmeHoldsTheClassificationOfEveryOperation() {
        StringBuilder sb = new StringBuilder(
                "| operation | request | retried after a fault | client-side rate limit | lease nonce |\n"
                        + "|---|---|---|---|---|");
        for (Operation op : Operation.values()) {
            sb.append("\n| ").append(op.operationId()).append(" | `").append(op.method()).append(' ')
                    .append(op.pathTemplate()).append("` | ").append(safety(op)).append(" | ").append(limit(op))
                    .append(" | ").append(op.leaseGuarded() ? "sent when held" : "-").append(" |");
        }
        String problem = ReadmeSection.check("retry-classification", sb.toString());
        assertNull(problem, problem);
    }
}
