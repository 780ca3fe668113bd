package io.github.flymachines.api;

import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.FlyCancelledException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.FlyServiceException;
import io.github.flymachines.errors.MachineFailedException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.RequestTimeoutException;
import io.github.flymachines.errors.UnexpectedStateException;
import io.github.flymachines.errors.WaitTimeoutException;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.observe.Listeners;
import io.github.flymachines.observe.ContextScope;
import io.github.flymachines.observe.FlyListener;
import io.github.flymachines.observe.Outcome;
import io.github.flymachines.observe.WaitEnd;
import io.github.flymachines.observe.WaitListener;
import io.github.flymachines.observe.WaitPoll;
import io.github.flymachines.observe.WaitStart;
import io.github.flymachines.lifecycle.WaitOutcome;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.WaitRequest;
import io.github.flymachines.model.WaitResult;
import io.github.flymachines.model.WaitState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Waits for a machine to reach one of several states, for as long as the caller allows, by
 * looping the server's {@code /wait} long poll (at most 60 s each).
 *
 * <ul>
 * <li>408: the server's poll ended; keep waiting (after a short pause).</li>
 * <li>404 right after create: not visible yet; keep waiting, for a bounded time.</li>
 * <li>404 while waiting for {@code destroyed}: success.</li>
 * <li>400: final.</li>
 * <li>{@code settled}: followed by a GET to learn which state was reached.</li>
 * <li>{@code failed} (or {@code destroyed}) when waiting for something else: a typed failure.</li>
 * <li>"currently replaced" while waiting on a version: re-read the machine and wait on its new
 * version.</li>
 * </ul>
 * No thread is held: polls are asynchronous requests and pauses go through the sleeper.
 * Cancelling the returned future stops further polls and aborts the one in flight.
 */
final class MachineWaiter {
    /** How long a machine may stay invisible (404) right after its creation. */
    static final Duration NOT_FOUND_GRACE = Duration.ofSeconds(30);
    private static final Duration MAX_POLL = Duration.ofSeconds(60);
    private static final Duration PAUSE_MIN = Duration.ofMillis(500);
    private static final Duration PAUSE_MAX = Duration.ofSeconds(2);
    private static final Pattern CURRENTLY = Pattern.compile("currently ([a-z_]+)");

    private final MachineClient machine;
    private final List<WaitState> wanted;
    private final Duration timeout;
    private final boolean justCreated;
    private final Clock clock;
    private final Instant start;
    private final Instant deadline;
    private final CompletableFuture<WaitOutcome> result = new CompletableFuture<>();
    private volatile String version;
    private volatile MachineState lastState;
    private volatile Throwable lastError;
    private volatile int polls;
    private volatile int pauses;
    private volatile CompletableFuture<?> inFlight;
    private volatile String fromEventId;
    // observation: null when no listener is set
    private FlyListener fl;
    private WaitListener wl;
    private WaitStart ws;
    private Object parentContext;

    private MachineWaiter(MachineClient machine, List<WaitState> wanted, Duration timeout, String version,
            boolean justCreated) {
        this.machine = machine;
        this.wanted = List.copyOf(new LinkedHashSet<>(wanted));
        this.timeout = timeout;
        this.version = version;
        this.justCreated = justCreated;
        this.clock = machine.ctx.engine().clock();
        this.start = clock.instant();
        this.deadline = start.plus(timeout);
    }

    static CompletableFuture<WaitOutcome> awaitFrom(MachineClient machine, List<WaitState> wanted, Duration timeout,
            String fromEventId) {
        return await(machine, wanted, timeout, null, false, fromEventId);
    }

    static CompletableFuture<WaitOutcome> await(MachineClient machine, List<WaitState> wanted, Duration timeout,
            String version, boolean justCreated) {
        return await(machine, wanted, timeout, version, justCreated, null);
    }

    private static CompletableFuture<WaitOutcome> await(MachineClient machine, List<WaitState> wanted,
            Duration timeout, String version, boolean justCreated, String fromEventId) {
        if (wanted == null || wanted.isEmpty()) {
            return CompletableFuture.failedFuture(
                    new io.github.flymachines.errors.FlyValidationException("states", "at least one state is required"));
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            return CompletableFuture.failedFuture(
                    new io.github.flymachines.errors.FlyValidationException("timeout", "must be positive, got " + timeout));
        }
        MachineWaiter w = new MachineWaiter(machine, wanted, timeout, version, justCreated);
        w.fromEventId = fromEventId;
        FlyListener l = machine.ctx.engine().listener();
        CompletableFuture<WaitOutcome> observed = l == null ? null : w.observe(l);
        w.result.whenComplete((v, e) -> {
            if (w.result.isCancelled()) {
                CompletableFuture<?> f = w.inFlight;
                if (f != null) {
                    f.cancel(true);
                }
            }
        });
        w.poll();
        return observed != null ? observed : w.result;
    }

    /**
     * Starts observing; returns the future to hand the caller when a wait listener is set: it completes
     * only after the wait's end was reported, so a caller that returns from the wait never outruns its
     * own end event. Cancelling it cancels the wait.
     */
    private CompletableFuture<WaitOutcome> observe(FlyListener l) {
        fl = l;
        parentContext = l.captureContext();
        ws = new WaitStart(machine.app(), machine.id(), wanted.stream().map(WaitState::value).toList(), timeout);
        wl = Listeners.waitStart(l, ws);
        if (wl != null) {
            long startNanos = System.nanoTime();
            CompletableFuture<WaitOutcome> out = new CompletableFuture<>();
            result.whenComplete((o, e) -> {
                Throwable t = e == null ? null : Futures.unwrap(e);
                Outcome outcome = t == null ? Outcome.SUCCESS
                        : t instanceof io.github.flymachines.errors.FlyTimeoutException ? Outcome.TIMEOUT
                        : t instanceof CancellationException || t instanceof FlyCancelledException ? Outcome.CANCELLED
                        : Outcome.ERROR;
                MachineState s = o != null ? o.state() : lastState;
                wl.onWaitEnd(new WaitEnd(ws, outcome, s == null ? null : s.value(),
                        Duration.ofNanos(System.nanoTime() - startNanos), polls, t));
                if (t != null) {
                    out.completeExceptionally(t);
                } else {
                    out.complete(o);
                }
            });
            out.whenComplete((o, e) -> {
                if (out.isCancelled()) {
                    result.cancel(true);
                }
            });
            return out;
        }
        return null;
    }

    private void reportPoll(WaitResult r, Throwable e) {
        MachineState s = r == null ? null : r.state();
        wl.onPoll(new WaitPoll(ws, polls, s == null ? null : s.value(), e instanceof FlyException fe ? fe : null));
    }

    private String wantedText() {
        return wanted.stream().map(WaitState::value).collect(Collectors.joining(" or "));
    }

    private boolean wants(WaitState s) {
        return wanted.contains(s);
    }

    private Duration elapsed() {
        return Duration.between(start, clock.instant());
    }

    /** The time left before the deadline; null once the wait is over (done, or timed out now). */
    private Duration remaining() {
        if (result.isDone()) {
            return null;
        }
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            timeOut();
            return null;
        }
        return remaining;
    }

    private void poll() {
        Duration remaining = remaining();
        if (remaining == null) {
            return;
        }
        long secs = Math.max(1, Math.min(MAX_POLL.getSeconds(), (remaining.toMillis() + 999) / 1000));
        List<WaitState> ask = new ArrayList<>(wanted);
        if (!wants(WaitState.SETTLED) && !wants(WaitState.FAILED)) {
            ask.add(WaitState.FAILED); // wake up early instead of sitting out the deadline
        }
        WaitRequest req = new WaitRequest(ask, Duration.ofSeconds(secs), version, fromEventId);
        polls++;
        CompletableFuture<WaitResult> f = machine.waitOnceAsync(req, machine.options);
        inFlight = f;
        if (result.isDone()) {
            f.cancel(true);
            return;
        }
        f.whenComplete((r, e) -> {
            if (wl != null) {
                reportPoll(r, e == null ? null : Futures.unwrap(e));
            }
            if (e != null) {
                onError(Futures.unwrap(e));
            } else {
                onResult(r);
            }
        });
    }

    private void onResult(WaitResult r) {
        MachineState state = r.state();
        if (wants(WaitState.SETTLED)) {
            // settled means "some non-transient state": read the machine to learn which (as flyctl does)
            CompletableFuture<io.github.flymachines.model.Machine> g = machine.getAsync();
            inFlight = g;
            g.whenComplete((m, e) -> {
                if (e != null) {
                    onError(Futures.unwrap(e));
                } else {
                    decide(m.state(), r);
                }
            });
            return;
        }
        decide(state, r);
    }

    private void decide(MachineState state, WaitResult r) {
        if (state != null) {
            lastState = state;
        }
        if (state != null) {
            for (WaitState w : wanted) {
                if (w.isReachedBy(state)) {
                    result.complete(new WaitOutcome(machine.id(), state, r.version(), r.eventId(), elapsed(), polls));
                    return;
                }
            }
            if (state.equals(MachineState.FAILED)) {
                result.completeExceptionally(new MachineFailedException(machine.id(), wantedText()));
                return;
            }
            if (state.equals(MachineState.DESTROYED) || state.equals(MachineState.DESTROYING)) {
                result.completeExceptionally(new UnexpectedStateException(machine.id(), state, wantedText()));
                return;
            }
        }
        // an answer that is not what we asked for: look again after a pause
        pauseThenPoll();
    }

    private void onError(Throwable e) {
        if (result.isDone()) {
            return;
        }
        if (e instanceof CancellationException || e instanceof FlyCancelledException) {
            result.completeExceptionally(e);
            return;
        }
        lastError = e;
        if (e instanceof FlyServiceException se) {
            String msg = se.apiMessage().orElse("");
            Matcher m = CURRENTLY.matcher(msg);
            if (m.find()) {
                lastState = MachineState.of(m.group(1));
            }
            if (msg.contains("currently replaced") || msg.contains("currently: replaced")) {
                refreshVersionThenPoll();
                return;
            }
        }
        if (e instanceof RequestTimeoutException) {
            pauseThenPoll();
            return;
        }
        if (e instanceof NotFoundException) {
            if (wants(WaitState.DESTROYED)) {
                result.complete(new WaitOutcome(machine.id(), MachineState.DESTROYED, version, null, elapsed(), polls));
                return;
            }
            if (justCreated && elapsed().compareTo(NOT_FOUND_GRACE) < 0) {
                pauseThenPoll();
                return;
            }
            result.completeExceptionally(e);
            return;
        }
        if (e instanceof BadRequestException) {
            result.completeExceptionally(e);
            return;
        }
        result.completeExceptionally(e instanceof FlyException ? e
                : new FlyException("wait for machine " + machine.id() + " failed: " + e, e));
    }

    private void refreshVersionThenPoll() {
        CompletableFuture<io.github.flymachines.model.Machine> g = machine.getAsync();
        inFlight = g;
        g.whenComplete((m, e) -> {
            if (e != null) {
                onError(Futures.unwrap(e));
                return;
            }
            version = m.currentVersion();
            if (m.state() != null) {
                lastState = m.state();
            }
            poll();
        });
    }

    private void pauseThenPoll() {
        Duration remaining = remaining();
        if (remaining == null) {
            return;
        }
        int n = pauses++;
        long ceiling = Math.min(PAUSE_MAX.toMillis(), PAUSE_MIN.toMillis() << Math.min(n, 4));
        long jittered = ceiling / 2 + (long) (machine.ctx.engine().random().nextDouble() * (ceiling / 2.0));
        Duration pause = Duration.ofMillis(Math.min(jittered, remaining.toMillis()));
        CompletableFuture<Void> s = machine.ctx.engine().sleeper().sleep(pause);
        inFlight = s;
        s.whenComplete((v, e) -> {
            if (e != null) {
                onError(Futures.unwrap(e));
            } else if (parentContext != null) {
                // after a pause on the sleeper's thread: the next poll belongs to the caller's trace
                try (ContextScope scope = fl.restoreContext(parentContext)) {
                    poll();
                }
            } else {
                poll();
            }
        });
    }

    private void timeOut() {
        result.completeExceptionally(new WaitTimeoutException(machine.id(), wantedText(), lastState, elapsed(),
                timeout, lastError));
    }
}
