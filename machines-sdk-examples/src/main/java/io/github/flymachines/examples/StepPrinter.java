package io.github.flymachines.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Prints what an example does, one numbered step at a time, with how long each step took, and a
 * summary at the end.
 *
 * <pre>
 *  1) Create a machine in ams and wait until it is started
 *       machine 4d891de2f12087 is started
 *     done in 41 ms
 * </pre>
 *
 * <p>Not thread-safe: call it from the example's thread.
 */
public final class StepPrinter {
    /**
     * One finished step.
     *
     * @param title what the step did
     * @param took how long it took
     * @param ok whether it succeeded
     */
    public record Step(String title, Duration took, boolean ok) {
    }

    /** An action that may throw. */
    @FunctionalInterface
    public interface Action {
        /**
         * Runs the action.
         *
         * @throws Exception when it fails
         */
        void run() throws Exception;
    }

    private static final String INDENT = "       ";

    private final PrintStream out;
    private final List<Step> steps = new ArrayList<>();

    /**
     * Creates a printer.
     *
     * @param out where to print
     */
    public StepPrinter(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Runs one step: prints its title, runs it, prints how long it took and what it returned.
     *
     * @param title what the step does
     * @param action the step
     * @param describe renders the result in a few words (may return null for nothing)
     * @param <T> the result type
     * @return the result
     * @throws Exception what the step threw (after printing that it failed)
     */
    public <T> T step(String title, Callable<T> action, Function<? super T, String> describe) throws Exception {
        out.printf("%2d) %s%n", steps.size() + 1, title);
        long t0 = System.nanoTime();
        T value;
        try {
            value = action.call();
        } catch (Exception | Error e) {
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            steps.add(new Step(title, took, false));
            out.printf("     FAILED after %s: %s%n", format(took), oneLine(e));
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        String what = describe == null ? null : describe.apply(value);
        if (what != null && !what.isBlank()) {
            note(what);
        }
        out.printf("     done in %s%n", format(took));
        steps.add(new Step(title, took, true));
        return value;
    }

    /**
     * Runs one step that returns nothing.
     *
     * @param title what the step does
     * @param action the step
     * @throws Exception what the step threw
     */
    public void step(String title, Action action) throws Exception {
        step(title, () -> {
            action.run();
            return null;
        }, v -> null);
    }

    /**
     * Prints a detail under the current step, indented (each line of a multi-line text).
     *
     * @param text the text
     */
    public void note(String text) {
        for (String line : text.split("\\R", -1)) {
            out.println(INDENT + line);
        }
    }

    /**
     * Prints a line of explanation, not indented.
     *
     * @param text the text
     */
    public void say(String text) {
        out.println(text);
    }

    /** Prints an empty line. */
    public void blank() {
        out.println();
    }

    /** @return the steps finished so far */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /**
     * Prints every step with its duration and the total.
     *
     * @param name the example's name
     */
    public void summary(String name) {
        Duration total = steps.stream().map(Step::took).reduce(Duration.ZERO, Duration::plus);
        out.println();
        out.printf("Summary of '%s': %d step(s) in %s%n", name, steps.size(), format(total));
        for (Step s : steps) {
            out.printf("  %9s  %s%s%n", format(s.took()), s.title(), s.ok() ? "" : "  (FAILED)");
        }
    }

    /**
     * Formats a duration for people: {@code 840 ms}, {@code 2.31 s}.
     *
     * @param d the duration
     * @return the text
     */
    public static String format(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000.0);
    }

    /**
     * Renders an exception in one line, with its type.
     *
     * @param t the exception
     * @return the line
     */
    public static String oneLine(Throwable t) {
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        return t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg.replaceAll("\\s*\\R\\s*", " "));
    }
}
