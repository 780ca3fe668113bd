/**
 * The benchmark harness: see {@code machines-sdk-examples/BENCHMARKS.md}.
 */
package io.github.flymachines.examples.bench;
