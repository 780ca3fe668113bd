/** Implementation of the fake; not a public API. */
package io.github.flymachines.testing.internal;
