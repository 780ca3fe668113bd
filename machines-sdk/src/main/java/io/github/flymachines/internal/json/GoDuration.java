package io.github.flymachines.internal.json;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Go {@code time.Duration} on the wire: written as a Go duration string ({@code "10s"},
 * {@code "1m30s"}, {@code "500ms"}), read from such a string or from a bare number of
 * nanoseconds (fly-go accepts both; see {@code duration.go}).
 */
public final class GoDuration {
    private GoDuration() {
    }

    /** Formats like Go's {@code Duration.String()}: {@code 1h2m3.5s}, {@code 500ms}, {@code 0s}. */
    public static String format(Duration d) {
        long nanos;
        try {
            nanos = d.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration too large for Go: " + d, e);
        }
        if (nanos == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        boolean negative = nanos < 0;
        long u = Math.abs(nanos);
        if (negative) {
            sb.append('-');
        }
        if (u < 1_000_000_000L) {
            // sub-second: ns, µs or ms with fraction
            if (u < 1_000L) {
                return sb.append(u).append("ns").toString();
            } else if (u < 1_000_000L) {
                return sb.append(fraction(u, 1_000L)).append("µs").toString();
            }
            return sb.append(fraction(u, 1_000_000L)).append("ms").toString();
        }
        long hours = u / 3_600_000_000_000L;
        long rem = u % 3_600_000_000_000L;
        long minutes = rem / 60_000_000_000L;
        rem = rem % 60_000_000_000L;
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            sb.append(minutes).append('m');
        }
        sb.append(fraction(rem, 1_000_000_000L)).append('s');
        return sb.toString();
    }

    private static String fraction(long value, long unit) {
        return new BigDecimal(value).divide(new BigDecimal(unit)).stripTrailingZeros().toPlainString();
    }

    /**
     * Parses a Go duration string ({@code "1h2m3.5s"}, {@code "300ms"}, {@code "-1.5h"}); a bare
     * integer string is read as seconds, the way the Machines API reads {@code timeout} query
     * parameters.
     *
     * @throws IllegalArgumentException if the text is not a duration
     */
    public static Duration parse(String text) {
        // Every machine answer carries about ten of these ("15s", "2s", "30s"); the exact parser
        // below (BigDecimal, a stream) cost ~8% of the CPU of a `get machine` call, so whole-number
        // values take an allocation-light path. Anything else (fractions, non-ASCII digits,
        // overflow, errors) is left to the exact parser, so results and exceptions are unchanged.
        Duration fast = parseWholeUnits(text);
        return fast != null ? fast : parseExact(text);
    }

    /**
     * Parses durations made of whole numbers of ASCII digits with units ({@code "15s"},
     * {@code "1h30m"}, {@code "-500ms"}), or a bare ASCII integer of seconds.
     *
     * @param text the text
     * @return the duration, or null when {@link #parseExact(String)} must decide
     */
    static Duration parseWholeUnits(String text) {
        String s = text.trim();
        int n = s.length();
        if (n == 0) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i++;
        }
        boolean bare = true;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                bare = false;
                break;
            }
        }
        if (bare) {
            // a bare integer (seconds) or "-0"/"+0": the exact parser's rules for signs apply
            if (i == 0 && n <= 18) {
                return Duration.ofSeconds(Long.parseLong(s));
            }
            return null;
        }
        long total = 0;
        try {
            while (i < n) {
                int start = i;
                long number = 0;
                while (i < n) {
                    char c = s.charAt(i);
                    if (c >= '0' && c <= '9') {
                        if (i - start >= 18) {
                            return null;
                        }
                        number = number * 10 + (c - '0');
                        i++;
                    } else if (c == '.' || Character.isDigit(c)) {
                        return null;
                    } else {
                        break;
                    }
                }
                if (start == i) {
                    return null;
                }
                int unitStart = i;
                while (i < n && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                    i++;
                }
                long factor = unitNanos(s.substring(unitStart, i));
                if (factor < 0) {
                    return null;
                }
                total = Math.addExact(total, Math.multiplyExact(number, factor));
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        return Duration.ofNanos(negative ? -total : total);
    }

    /** The nanoseconds of a Go duration unit, or -1 for an unknown unit. */
    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> -1L;
        };
    }

    /**
     * The exact parser: any Go duration, with fractions, through {@link BigDecimal}.
     *
     * @param text the text
     * @return the duration
     * @throws IllegalArgumentException if the text is not a duration
     */
    static Duration parseExact(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(s));
        }
        boolean negative = false;
        int i = 0;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return Duration.ZERO;
        }
        BigDecimal totalNanos = BigDecimal.ZERO;
        boolean any = false;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("invalid duration: " + text);
            }
            BigDecimal number = new BigDecimal(s.substring(start, i));
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            String unit = s.substring(unitStart, i);
            long factor = unitNanos(unit);
            if (factor < 0) {
                throw new IllegalArgumentException("invalid duration unit '" + unit + "' in: " + text);
            }
            totalNanos = totalNanos.add(number.multiply(BigDecimal.valueOf(factor)));
            any = true;
        }
        if (!any) {
            throw new IllegalArgumentException("invalid duration: " + text);
        }
        long nanos;
        try {
            // longValue() would silently wrap past ~292 years; Go refuses such durations too
            nanos = totalNanos.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration out of range: " + text, e);
        }
        return Duration.ofNanos(negative ? -nanos : nanos);
    }
}
