package io.github.flymachines.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast timestamp parser agrees with {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME}. */
class Rfc3339Test {
    private static Instant reference(String s) {
        return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    @Test
    void agreesWithTheJdkOnTwentyThousandSeededTimestamps() {
        Random r = new Random(20261202L);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextInt(Integer.MAX_VALUE) * 2L, r.nextInt(1_000_000_000));
            int digits = r.nextInt(10); // 0 = no fraction
            ZoneOffset offset = r.nextInt(3) == 0 ? ZoneOffset.UTC
                    : ZoneOffset.ofTotalSeconds((r.nextInt(36) - 18) * 3600 + (r.nextBoolean() ? 1800 : 0));
            OffsetDateTime o = t.atOffset(offset);
            StringBuilder s = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d", o.getYear(),
                    o.getMonthValue(), o.getDayOfMonth(), o.getHour(), o.getMinute(), o.getSecond()));
            if (digits > 0) {
                s.append('.').append(String.format("%09d", o.getNano()), 0, digits);
            }
            s.append(offset.getTotalSeconds() == 0 && r.nextBoolean() ? "Z" : offset.getId().equals("Z") ? "+00:00"
                    : offset.getId());
            String text = s.toString();
            assertEquals(reference(text), Rfc3339.parse(text), text);
            assertEquals(reference(text), TimeJson.Form.parseRfc3339(text), text);
        }
    }

    @Test
    void leavesOtherShapesToTheJdk() {
        // not the common shape: the fast path declines and the JDK decides
        for (String s : new String[] {"2024-05-01T10:00:00+01:00:30", "2024-05-01T10:00Z", "2024-05-01 10:00:00Z",
                "2024-02-30T00:00:00Z", "2024-05-01T24:00:00Z", "2024-05-01T10:00:60Z", "2024-05-01T10:00:00.Z",
                "2024-05-01T10:00:00.1234567890Z", "2024-05-01T10:00:00", "x024-05-01T10:00:00Z"}) {
            assertNull(Rfc3339.parse(s), s);
        }
        assertEquals(reference("2024-05-01T10:00:00+01:00:30"), TimeJson.Form.parseRfc3339("2024-05-01T10:00:00+01:00:30"));
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), TimeJson.Form.parseRfc3339(" 2024-05-01t10:00:00z "));
        assertThrows(DateTimeParseException.class, () -> TimeJson.Form.parseRfc3339("2024-02-30T00:00:00Z"));
        assertThrows(DateTimeParseException.class, () -> TimeJson.Form.parseRfc3339("yesterday"));
    }
}
