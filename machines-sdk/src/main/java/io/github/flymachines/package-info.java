/**
 * The entry point: {@link io.github.flymachines.FlyMachines} (the client, built with
 * {@link io.github.flymachines.FlyMachines#builder()}), the API token ({@link io.github.flymachines.FlyToken}),
 * per-call options ({@link io.github.flymachines.RequestOptions}) and the injectable
 * {@link io.github.flymachines.Sleeper} for deterministic tests.
 */
package io.github.flymachines;
