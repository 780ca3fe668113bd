package io.github.flymachines.errors;

import java.util.List;

/**
 * Bad input, detected before any request was sent. The message names each offending field by its
 * JSON path, for example {@code config.guest.memory_mb: 300 is not a multiple of 256}.
 *
 * @serial exclude
 */
public class FlyValidationException extends FlyClientException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem with one field.
     *
     * @param field the JSON path of the field, e.g. {@code config.services[0].ports[1].port}
     * @param message what is wrong with it
     */
    public record Problem(String field, String message) {
        /** Renders {@code field: message}. */
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final List<Problem> problems;

    /**
     * Creates an exception.
     *
     * @param problems every problem found, at least one
     */
    public FlyValidationException(List<Problem> problems) {
        super(render(problems), null, false);
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates an exception for one field.
     *
     * @param field the JSON path of the field
     * @param message what is wrong with it
     */
    public FlyValidationException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    private static String render(List<Problem> problems) {
        if (problems.size() == 1) {
            return "invalid request: " + problems.get(0);
        }
        StringBuilder sb = new StringBuilder("invalid request (").append(problems.size()).append(" problems):");
        for (Problem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }

    /**
     * Returns every problem found.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns the path of the first offending field.
     *
     * @return the field path
     */
    public String field() {
        return problems.get(0).field();
    }
}
