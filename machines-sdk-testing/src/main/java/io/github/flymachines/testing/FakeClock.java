package io.github.flymachines.testing;

import io.github.flymachines.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The clock that drives every timed behaviour of a {@link FakeFly}: state transitions, lease
 * expiry, {@code /wait} deadlines and rate-limit refills.
 *
 * <ul>
 * <li>{@link #manual()}: virtual time that moves only when a test calls {@link #advance(Duration)}.
 * Timers that fall due run, in order, on the thread that advances. Tests never sleep.</li>
 * <li>{@link #system()}: wall-clock time; timers run on one daemon thread. For the standalone
 * server and for exploratory use.</li>
 * </ul>
 *
 * <p>It is a {@link Clock} (UTC), so it can be handed to the SDK as well.
 */
public abstract class FakeClock extends Clock {
    /** The instant a {@link #manual()} clock starts at: 2026-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    FakeClock() {
    }

    /**
     * Returns a manual clock starting at {@link #DEFAULT_START}.
     *
     * @return a new manual clock
     */
    public static FakeClock manual() {
        return manual(DEFAULT_START);
    }

    /**
     * Returns a manual clock starting at the given instant.
     *
     * @param start the initial time
     * @return a new manual clock
     */
    public static FakeClock manual(Instant start) {
        return new Manual(Objects.requireNonNull(start, "start"));
    }

    /**
     * Returns a clock that follows the system clock.
     *
     * @return a new system clock
     */
    public static FakeClock system() {
        return new SystemTime();
    }

    /** @return true when time moves only through {@link #advance(Duration)} */
    public abstract boolean isManual();

    /**
     * Moves a manual clock forward, running every timer that falls due on the way, in due order.
     *
     * @param by how far, zero or positive
     * @throws IllegalStateException on a system clock
     */
    public abstract void advance(Duration by);

    /**
     * Returns a future completed when this clock reaches now + {@code delay}. Cancelling the future
     * drops the timer. On a manual clock, the future completes on the thread that advances time.
     *
     * @param delay the delay, zero or positive
     * @return the future
     */
    public CompletableFuture<Void> after(Duration delay) {
        return after(delay, "timer");
    }

    /**
     * Same as {@link #after(Duration)}, with a label that {@link #pendingTimerList()} shows (for
     * example "machine 1234 (app a): starting -> started").
     *
     * @param delay the delay, zero or positive
     * @param label what the timer is for (no secrets)
     * @return the future
     */
    public abstract CompletableFuture<Void> after(Duration delay, String label);

    /**
     * Describes the timers that have not fired yet, earliest first: when each falls due and what
     * it is for. A blocking call that waits on a manual clock nobody advances names these.
     *
     * @return one line per timer, e.g. {@code "2026-01-01T00:00:00.100Z machine 1234 (app a): starting -> started"}
     */
    public abstract java.util.List<String> pendingTimerList();

    /** @return how many timers have not fired yet */
    public abstract int pendingTimers();

    /**
     * Returns a sleeper on this clock: a sleep completes when the clock reaches its due time (on
     * a manual clock, when a test or {@link FakeFly}'s auto-advance moves time past it).
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return this::after;
    }

    /**
     * On a manual clock, jumps to the earliest pending timer and runs every timer due then.
     *
     * @return false when no timer was pending (time did not move)
     * @throws IllegalStateException on a system clock
     */
    public abstract boolean advanceToNextTimer();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        FakeClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return self.withZone(z);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /** Virtual time. */
    private static final class Manual extends FakeClock {
        private record Timer(Instant due, long seq, CompletableFuture<Void> future, String label) {
        }

        private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> {
            int c = a.due().compareTo(b.due());
            return c != 0 ? c : Long.compare(a.seq(), b.seq());
        });
        private Instant now;
        private long seq;

        Manual(Instant start) {
            this.now = start;
        }

        @Override
        public boolean isManual() {
            return true;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public void advance(Duration by) {
            Objects.requireNonNull(by, "by");
            if (by.isNegative()) {
                throw new IllegalArgumentException("cannot move time backwards: " + by);
            }
            Instant target;
            synchronized (this) {
                target = now.plus(by);
            }
            while (true) {
                Timer next;
                synchronized (this) {
                    timers.removeIf(t -> t.future().isDone());
                    next = timers.peek();
                    if (next == null || next.due().isAfter(target)) {
                        if (target.isAfter(now)) {
                            now = target;
                        }
                        return;
                    }
                    timers.poll();
                    if (next.due().isAfter(now)) {
                        now = next.due();
                    }
                }
                next.future().complete(null);
            }
        }

        @Override
        public boolean advanceToNextTimer() {
            Instant due;
            synchronized (this) {
                timers.removeIf(t -> t.future().isDone());
                Timer next = timers.peek();
                if (next == null) {
                    return false;
                }
                due = next.due();
            }
            Duration by = Duration.between(instant(), due);
            advance(by.isNegative() ? Duration.ZERO : by);
            return true;
        }

        @Override
        public synchronized CompletableFuture<Void> after(Duration delay, String label) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            if (delay.isNegative() || delay.isZero()) {
                f.complete(null);
                return f;
            }
            timers.add(new Timer(now.plus(delay), seq++, f, label == null ? "timer" : label));
            return f;
        }

        @Override
        public synchronized java.util.List<String> pendingTimerList() {
            timers.removeIf(t -> t.future().isDone());
            java.util.List<Timer> sorted = new java.util.ArrayList<>(timers);
            sorted.sort(timers.comparator());
            java.util.List<String> out = new java.util.ArrayList<>();
            for (Timer t : sorted) {
                out.add(t.due() + " " + t.label());
            }
            return out;
        }

        @Override
        public synchronized int pendingTimers() {
            timers.removeIf(t -> t.future().isDone());
            return timers.size();
        }

        @Override
        public String toString() {
            return "FakeClock.manual[" + instant() + "]";
        }
    }

    /** Wall-clock time. */
    private static final class SystemTime extends FakeClock {
        private final java.util.Map<CompletableFuture<Void>, String> pending =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ScheduledThreadPoolExecutor timer = timerThread();

        private static java.util.concurrent.ScheduledThreadPoolExecutor timerThread() {
            java.util.concurrent.ScheduledThreadPoolExecutor e = new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                    r -> {
                        Thread t = new Thread(r, "fakefly-system-clock");
                        t.setDaemon(true);
                        return t;
                    });
            e.setRemoveOnCancelPolicy(true);
            return e;
        }

        @Override
        public boolean isManual() {
            return false;
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }

        @Override
        public void advance(Duration by) {
            throw new IllegalStateException("a system clock cannot be advanced; use FakeClock.manual()");
        }

        @Override
        public boolean advanceToNextTimer() {
            throw new IllegalStateException("a system clock cannot be advanced; use FakeClock.manual()");
        }

        @Override
        public CompletableFuture<Void> after(Duration delay, String label) {
            if (delay.isNegative() || delay.isZero()) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> f = new CompletableFuture<>();
            pending.put(f, (label == null ? "timer" : label));
            f.whenComplete((v, e) -> pending.remove(f));
            java.util.concurrent.ScheduledFuture<?> task = timer.schedule(() -> f.complete(null), delay.toNanos(),
                    TimeUnit.NANOSECONDS);
            f.whenComplete((v, e) -> task.cancel(false));
            return f;
        }

        @Override
        public java.util.List<String> pendingTimerList() {
            return new java.util.ArrayList<>(pending.values());
        }

        @Override
        public int pendingTimers() {
            return pending.size();
        }

        @Override
        public String toString() {
            return "FakeClock.system";
        }
    }
}
