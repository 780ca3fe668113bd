/**
 * Run-to-completion jobs: a command runs as a machine's main process until it exits, and the
 * exit code, signal and OOM kill come back from the machine's exit event as a
 * {@link io.github.flymachines.jobs.JobResult}.
 */
package io.github.flymachines.jobs;
