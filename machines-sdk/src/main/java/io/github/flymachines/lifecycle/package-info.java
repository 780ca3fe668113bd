/**
 * Results and handles of the SDK's lifecycle orchestration: waits ({@link
 * io.github.flymachines.lifecycle.WaitOutcome}), timed transitions, ephemeral machines, held
 * leases, configuration diffs and scale-out reports. The operations themselves live on the
 * resource clients ({@code MachinesClient.run}, {@code MachineClient.waitFor}, ...).
 */
package io.github.flymachines.lifecycle;
