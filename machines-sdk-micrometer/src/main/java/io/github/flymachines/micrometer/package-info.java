/**
 * Micrometer for machines-sdk: an Observation for every API call, wait and held lease, the SDK's
 * metrics, and W3C trace context sent to the API. Build a listener with
 * {@link io.github.flymachines.micrometer.FlyMicrometer#builder()} and set it on
 * {@link io.github.flymachines.FlyMachines.Builder#listener(io.github.flymachines.observe.FlyListener)}.
 */
package io.github.flymachines.micrometer;
