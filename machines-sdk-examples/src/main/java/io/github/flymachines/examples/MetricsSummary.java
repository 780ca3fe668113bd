package io.github.flymachines.examples;

import io.github.flymachines.micrometer.FlyMicrometer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A short text summary of the SDK's Micrometer meters ({@link FlyMicrometer}): calls by operation
 * (and outcome, region) with their p50/p99, and the retries by reason.
 */
public final class MetricsSummary {
    private MetricsSummary() {
    }

    /**
     * Summarises the meters.
     *
     * @param meters the registry the {@link FlyMicrometer} listener recorded into (with percentiles 0.5 and 0.99)
     * @return the summary, one line per timer and one for the retries
     */
    public static String of(MeterRegistry meters) {
        List<String> lines = new ArrayList<>();
        List<Timer> timers = new ArrayList<>(meters.find(FlyMicrometer.CALLS).timers());
        timers.sort(Comparator.comparing((Timer t) -> t.getId().getTag("operation"))
                .thenComparing(t -> String.valueOf(t.getId().getTag("region"))));
        for (Timer t : timers) {
            String region = t.getId().getTag("region");
            lines.add(String.format(Locale.ROOT, "%-24s %-8s %-4s %-10s %3d call(s)  p50 %6.1f ms  p99 %6.1f ms",
                    t.getId().getTag("operation"), "none".equals(region) ? "" : region,
                    t.getId().getTag("status_class"), t.getId().getTag("outcome"), t.count(),
                    percentile(t, 0.5), percentile(t, 0.99)));
        }
        Map<String, Double> retries = new TreeMap<>();
        for (Counter c : meters.find(FlyMicrometer.RETRIES).counters()) {
            retries.merge(c.getId().getTag("operation") + " (" + c.getId().getTag("reason") + ")", c.count(),
                    Double::sum);
        }
        lines.add("retries: " + (retries.isEmpty() ? "none" : retries.entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue().intValue()).toList()));
        return String.join("\n", lines);
    }

    private static double percentile(Timer t, double p) {
        for (ValueAtPercentile v : t.takeSnapshot().percentileValues()) {
            if (Math.abs(v.percentile() - p) < 1e-9) {
                return v.value(TimeUnit.MILLISECONDS);
            }
        }
        return Double.NaN;
    }
}
