package io.github.flymachines.examples;

import io.github.flymachines.examples.env.ExampleEnvironment;
import java.util.List;

/**
 * One runnable example: it does something with the SDK, prints every step and returns what
 * happened, so that tests can check the outcome. It destroys what it creates, also on failure.
 *
 * @param <R> what the example returns
 */
public interface Example<R> {
    /** @return the name used on the command line, e.g. {@code tour} */
    String name();

    /** @return one line saying what the example shows */
    String summary();

    /**
     * Runs the example.
     *
     * @param env where to run
     * @param out where to print the steps
     * @param args the command-line arguments after the example's name
     * @return what happened
     * @throws Exception when a step fails (what was created is destroyed first)
     */
    R run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception;
}
