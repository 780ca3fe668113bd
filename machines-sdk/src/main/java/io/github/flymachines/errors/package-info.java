/**
 * The SDK's exceptions: one unchecked root ({@link io.github.flymachines.errors.FlyException}),
 * a service branch for API answers ({@link io.github.flymachines.errors.FlyServiceException} and
 * one subtype per meaningful status) and a client branch for calls without an answer
 * ({@link io.github.flymachines.errors.FlyClientException}).
 */
package io.github.flymachines.errors;
