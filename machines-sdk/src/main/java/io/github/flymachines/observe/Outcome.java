package io.github.flymachines.observe;

/** How a call or a wait ended. */
public enum Outcome {
    /** It succeeded (a wait: the state was reached). */
    SUCCESS,
    /** It failed with an error from the API or the network. */
    ERROR,
    /** Its deadline passed. */
    TIMEOUT,
    /** It was cancelled or interrupted. */
    CANCELLED
}
