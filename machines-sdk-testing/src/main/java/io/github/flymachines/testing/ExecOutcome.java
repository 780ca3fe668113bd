package io.github.flymachines.testing;

/**
 * What an {@code exec} answers.
 *
 * @param exitCode the exit code
 * @param stdout the standard output
 * @param stderr the standard error
 */
public record ExecOutcome(int exitCode, String stdout, String stderr) {
    /**
     * A successful run.
     *
     * @param stdout the output
     * @return the outcome
     */
    public static ExecOutcome ok(String stdout) {
        return new ExecOutcome(0, stdout, "");
    }

    @Override
    public String toString() {
        return "ExecOutcome[exit " + exitCode + "]";
    }
}
