/**
 * Warm pools: machines created once, kept stopped (or suspended) and started on demand.
 *
 * <p>Creating a machine fetches an image and builds a root filesystem; starting a stopped one is
 * much faster. A {@link io.github.flymachines.pool.MachinePool} keeps a number of stopped machines
 * ready for one config, hands one out started and leased on
 * {@link io.github.flymachines.pool.MachinePool#acquire()}, and takes it back stopped on
 * {@link io.github.flymachines.pool.PooledMachine#release()}.
 */
package io.github.flymachines.pool;
