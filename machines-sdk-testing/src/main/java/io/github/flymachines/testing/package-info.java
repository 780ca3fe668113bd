/**
 * Test support for the Machines SDK: {@link io.github.flymachines.testing.FakeFly}, an embedded,
 * stateful fake of the Fly.io Machines API on WireMock; {@link io.github.flymachines.testing.FakeClock},
 * the controllable clock that drives it; {@link io.github.flymachines.testing.FakeFlyExtension}
 * for JUnit 5; and {@link io.github.flymachines.testing.FakeFlyMain} to run it standalone.
 */
package io.github.flymachines.testing;
