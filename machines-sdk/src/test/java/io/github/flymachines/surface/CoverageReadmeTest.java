package io.github.flymachines.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.support.ReadmeSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's coverage table lists every operation of the spec with the SDK call that
 * {@link OperationCoverageTest} proves reaches the wire as that operation. The calls are read from
 * that test's source, so the table shows exactly what is tested.
 */
class CoverageReadmeTest {
    @Test
    void readmeCoverageTableListsEveryOperationWithItsTestedCall() throws IOException {
        Map<Operation, String> calls = testedCalls();
        assertEquals(Operation.values().length, calls.size(), "a tested call per operation");
        StringBuilder sb = new StringBuilder("| operation | request | SDK call (each has an `...Async` twin) | status |\n"
                + "|---|---|---|---|");
        for (Operation op : Operation.values()) {
            sb.append("\n| ").append(op.operationId()).append(" | `").append(op.method()).append(' ')
                    .append(op.pathTemplate()).append("` | `").append(calls.get(op).replace("|", "\\|"))
                    .append("` | implemented, wire-tested |");
        }
        sb.append("\n\n").append(Operation.values().length).append(" of ").append(Operation.values().length)
                .append(" operations of the spec.");
        String problem = ReadmeSection.check("coverage", sb.toString());
        assertNull(problem, problem);
    }

    private static Map<Operation, String> testedCalls() throws IOException {
        Path src = Path.of("src/test/java/io/github/flymachines/surface/OperationCoverageTest.java");
        String text = Files.readString(src);
        Map<Operation, String> out = new EnumMap<>(Operation.class);
        Matcher m = Pattern.compile("c\\.put\\(Operation\\.(\\w+),\\s*f\\s*->\\s*").matcher(text);
        while (m.find()) {
            int i = m.end();
            int depth = 0;
            StringBuilder expr = new StringBuilder();
            for (; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '(') {
                    depth++;
                } else if (ch == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                }
                expr.append(ch);
            }
            String call = expr.toString().replaceAll("\\s+", " ").trim()
                    .replace("m(f)", "machine")
                    .replaceAll("v\\(f\\.app\\(\"my-app\"\\)\\)", "volume")
                    .replaceAll("^f\\.", "fly.")
                    .replace("-> {", "")
                    .replaceAll("\\bf\\.", "fly.");
            out.put(Operation.valueOf(m.group(1)), call);
        }
        return out;
    }
}
