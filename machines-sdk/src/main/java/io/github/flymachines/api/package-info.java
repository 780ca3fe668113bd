/**
 * The resource clients: apps, machines (with their lifecycle waits, exec, leases, metadata and
 * orchestration such as run, clone, update with a diff and scale out), volumes, secrets, secret keys,
 * certificates, IP assignments, tokens, organizations and the platform. Every operation has a
 * blocking form and a {@code CompletableFuture} twin named {@code ...Async}; arguments are checked
 * before anything is sent.
 */
package io.github.flymachines.api;
