package io.github.flymachines.testing.internal;

import io.github.flymachines.testing.FakeClock;

/**
 * One part of the fake's engine (a resource, the lifecycle, capacity): the shared state, and the
 * clock, ids and settings every part reads from it.
 */
abstract class FakePart {
    final FakeState s;
    final FakeClock clock;
    final Ids ids;
    final FakeEngine.Settings settings;

    FakePart(FakeState s) {
        this.s = s;
        this.clock = s.clock;
        this.ids = s.ids;
        this.settings = s.settings;
    }
}
