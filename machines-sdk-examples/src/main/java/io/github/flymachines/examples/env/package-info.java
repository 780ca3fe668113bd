/**
 * Where the examples run: the embedded fake or the real API, chosen from the environment.
 */
package io.github.flymachines.examples.env;
