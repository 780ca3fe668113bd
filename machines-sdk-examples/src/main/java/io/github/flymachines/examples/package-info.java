/**
 * Runnable examples, one per capability, against the embedded fake or the real API
 * ({@code FLY_API_TOKEN} and {@code FLY_APP}).
 */
package io.github.flymachines.examples;
