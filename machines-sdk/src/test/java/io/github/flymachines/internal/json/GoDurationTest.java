package io.github.flymachines.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole-number fast path of {@link GoDuration#parse} agrees with the exact parser everywhere. */
class GoDurationTest {
    private static final List<String> VALID = List.of("0", "30", "007", "0s", "15s", "2s", "1h30m", "1h2m3s",
            "500ms", "-500ms", "+1m", "-0", "+0", "10us", "10µs", "10μs", "7ns", "1.5s", "-1.5h", "1h2m3.5s",
            ".5s", "1.s", "  15s ", "999999999999999999ns", "9223372036s", "1m0s",
            "2562047h47m16s", "१५s");

    /** Past Go's int64 nanoseconds: refused, as Go refuses them, by both paths. */
    private static final List<String> OUT_OF_RANGE = List.of("300000000000000h", "2562048h");

    private static final List<String> INVALID = List.of("", " ", "-", "+", "-30", "s", "15x", "1h-5m",
            "1..5s", "h1", "1d", "15 s");

    @Test
    void durationsPastTheGoRangeAreRefused() {
        for (String s : OUT_OF_RANGE) {
            assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(s), s);
            assertThrows(IllegalArgumentException.class, () -> GoDuration.parseExact(s), s);
        }
    }

    @Test
    void fastPathMatchesTheExactParser() {
        for (String s : VALID) {
            Duration exact = GoDuration.parseExact(s);
            assertEquals(exact, GoDuration.parse(s), s);
            Duration fast = GoDuration.parseWholeUnits(s);
            if (fast != null) {
                assertEquals(exact, fast, s);
            }
        }
        assertEquals(Duration.ofSeconds(15), GoDuration.parseWholeUnits("15s"));
        assertEquals(Duration.ofMinutes(90), GoDuration.parseWholeUnits("1h30m"));
        assertEquals(null, GoDuration.parseWholeUnits("1.5s"));
    }

    @Test
    void invalidInputFailsTheSameWay() {
        for (String s : INVALID) {
            IllegalArgumentException exact = assertThrows(IllegalArgumentException.class, () -> GoDuration.parseExact(s), s);
            IllegalArgumentException viaParse = assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(s), s);
            assertEquals(exact.getMessage(), viaParse.getMessage(), s);
        }
    }
}
