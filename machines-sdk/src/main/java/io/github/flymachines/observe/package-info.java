/**
 * Observability and extension hooks: a {@link io.github.flymachines.observe.FlyListener} set with
 * {@link io.github.flymachines.FlyMachines.Builder#listener(FlyListener)} sees every API call
 * (start, each attempt, client-side rate-limit waits, adoption after an ambiguous create, end),
 * every wait for a machine state (each {@code /wait} poll and the state reached) and every held
 * lease (acquired, refreshed, released, lost), and may add request headers such as a W3C
 * {@code traceparent}.
 *
 * <p>The events are redacted views: they never hold the token, lease nonces, request bodies or
 * env values. A listener that throws never breaks a call: its exception is caught and dropped.
 * With no listener set, the SDK builds no event at all.
 */
package io.github.flymachines.observe;
