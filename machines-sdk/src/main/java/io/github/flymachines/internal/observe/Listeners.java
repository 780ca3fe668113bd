package io.github.flymachines.internal.observe;

import io.github.flymachines.observe.Adoption;
import io.github.flymachines.observe.AttemptEnd;
import io.github.flymachines.observe.AttemptStart;
import io.github.flymachines.observe.CallEnd;
import io.github.flymachines.observe.CallListener;
import io.github.flymachines.observe.CallStart;
import io.github.flymachines.observe.ContextScope;
import io.github.flymachines.observe.FlyListener;
import io.github.flymachines.observe.HeaderSink;
import io.github.flymachines.observe.LeaseEvent;
import io.github.flymachines.observe.LeaseListener;
import io.github.flymachines.observe.PoolEvent;
import io.github.flymachines.observe.RateLimitWait;
import io.github.flymachines.observe.WaitEnd;
import io.github.flymachines.observe.WaitListener;
import io.github.flymachines.observe.WaitPoll;
import io.github.flymachines.observe.WaitStart;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Dispatches events to user listeners so that none can break a call: every listener method is
 * called inside a catch that drops (and logs at DEBUG) what it throws, and several listeners are
 * combined into one. The SDK holds null where no listener is set, so the hot path only checks for
 * null.
 */
public final class Listeners {
    private static final Logger LOG = System.getLogger("io.github.flymachines.observe");

    private Listeners() {
    }

    /**
     * Combines listeners into one safe listener.
     *
     * @param listeners the user's listeners
     * @return the combined listener, or null when there is none
     */
    public static FlyListener combine(List<FlyListener> listeners) {
        List<FlyListener> safe = new ArrayList<>();
        for (FlyListener l : listeners) {
            if (l != null) {
                safe.add(l instanceof Safe ? l : new Safe(l));
            }
        }
        if (safe.isEmpty()) {
            return null;
        }
        return safe.size() == 1 ? safe.get(0) : new Composite(safe);
    }

    /**
     * Combines two listeners, either of which may be null.
     *
     * @param a the first
     * @param b the second
     * @return the combination, or null when both are null
     */
    public static FlyListener combine(FlyListener a, FlyListener b) {
        if (a == null) {
            return b == null ? null : combine(List.of(b));
        }
        if (b == null) {
            return combine(List.of(a));
        }
        return combine(List.of(a, b));
    }

    /**
     * Starts a call on a safe listener.
     *
     * @param listener the listener, or null
     * @param call the call
     * @return the call's listener, or null when nobody is interested
     */
    public static CallListener callStart(FlyListener listener, CallStart call) {
        if (listener == null) {
            return null;
        }
        CallListener c = listener.onCallStart(call);
        return c == CallListener.NOOP ? null : c;
    }

    /**
     * Starts a wait on a safe listener.
     *
     * @param listener the listener, or null
     * @param wait the wait
     * @return the wait's listener, or null when nobody is interested
     */
    public static WaitListener waitStart(FlyListener listener, WaitStart wait) {
        if (listener == null) {
            return null;
        }
        WaitListener w = listener.onWaitStart(wait);
        return w == WaitListener.NOOP ? null : w;
    }

    /**
     * Reports an acquired lease to a safe listener.
     *
     * @param listener the listener, or null
     * @param acquired the event
     * @return the lease's listener, or null when nobody is interested
     */
    public static LeaseListener leaseAcquired(FlyListener listener, LeaseEvent acquired) {
        if (listener == null) {
            return null;
        }
        LeaseListener l = listener.onLeaseAcquired(acquired);
        return l == LeaseListener.NOOP ? null : l;
    }

    /**
     * Reports a pool event to a safe listener.
     *
     * @param listener the listener, or null
     * @param event the event
     */
    public static void poolEvent(FlyListener listener, PoolEvent event) {
        if (listener != null) {
            listener.onPoolEvent(event);
        }
    }

    static void dropped(Throwable e) {
        if (e instanceof VirtualMachineError vme) {
            throw vme;
        }
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, () -> "a FlyListener threw " + e.getClass().getName() + "; ignored");
        }
    }

    /** Delivers one event to one user listener; what the listener throws is dropped. */
    private static <L, E> void deliver(L listener, BiConsumer<? super L, ? super E> method, E event) {
        try {
            method.accept(listener, event);
        } catch (Throwable e) {
            dropped(e);
        }
    }

    /**
     * Asks one user listener for the listener of what starts; a throw, null or {@code noop} gives
     * {@code noop}, anything else is wrapped by {@code safe}.
     */
    private static <L, E> L start(FlyListener listener, BiFunction<FlyListener, E, L> method, E event, L noop,
            Function<L, L> safe) {
        try {
            L started = method.apply(listener, event);
            return started == null || started == noop ? noop : safe.apply(started);
        } catch (Throwable e) {
            dropped(e);
            return noop;
        }
    }

    /** A user's scope behind a catch ({@code NOOP} for none). */
    private static ContextScope safeScope(ContextScope s) {
        if (s == null || s == ContextScope.NOOP) {
            return ContextScope.NOOP;
        }
        return () -> {
            try {
                s.close();
            } catch (Throwable e) {
                dropped(e);
            }
        };
    }

    /** Closes (already safe) scopes in the reverse order of their opening. */
    private static ContextScope closingAll(ContextScope[] scopes) {
        return () -> {
            for (int i = scopes.length - 1; i >= 0; i--) {
                scopes[i].close();
            }
        };
    }

    /** One user listener behind catches. */
    private static final class Safe implements FlyListener {
        private final FlyListener d;

        Safe(FlyListener d) {
            this.d = d;
        }

        @Override
        public CallListener onCallStart(CallStart call) {
            return start(d, FlyListener::onCallStart, call, CallListener.NOOP, SafeCall::new);
        }

        @Override
        public WaitListener onWaitStart(WaitStart wait) {
            return start(d, FlyListener::onWaitStart, wait, WaitListener.NOOP, SafeWait::new);
        }

        @Override
        public LeaseListener onLeaseAcquired(LeaseEvent acquired) {
            return start(d, FlyListener::onLeaseAcquired, acquired, LeaseListener.NOOP, SafeLease::new);
        }

        @Override
        public void onPoolEvent(PoolEvent event) {
            deliver(d, FlyListener::onPoolEvent, event);
        }

        @Override
        public Object captureContext() {
            try {
                return d.captureContext();
            } catch (Throwable e) {
                dropped(e);
                return null;
            }
        }

        @Override
        public ContextScope restoreContext(Object context) {
            if (context == null) {
                return ContextScope.NOOP;
            }
            try {
                return safeScope(d.restoreContext(context));
            } catch (Throwable e) {
                dropped(e);
                return ContextScope.NOOP;
            }
        }
    }

    /** Several safe listeners. */
    private static final class Composite implements FlyListener {
        private final List<FlyListener> all;

        Composite(List<FlyListener> all) {
            this.all = List.copyOf(all);
        }

        /** What each listener starts for the event, leaving out those not interested. */
        private <L, E> List<L> started(BiFunction<FlyListener, E, L> method, E event, L noop) {
            List<L> out = new ArrayList<>(all.size());
            for (FlyListener l : all) {
                L started = method.apply(l, event);
                if (started != noop) {
                    out.add(started);
                }
            }
            return out;
        }

        @Override
        public CallListener onCallStart(CallStart call) {
            List<CallListener> out = started(FlyListener::onCallStart, call, CallListener.NOOP);
            return out.isEmpty() ? CallListener.NOOP : out.size() == 1 ? out.get(0) : new AllCalls(out);
        }

        @Override
        public WaitListener onWaitStart(WaitStart wait) {
            List<WaitListener> out = started(FlyListener::onWaitStart, wait, WaitListener.NOOP);
            if (out.isEmpty()) {
                return WaitListener.NOOP;
            }
            return new WaitListener() {
                @Override
                public void onPoll(WaitPoll poll) {
                    out.forEach(w -> w.onPoll(poll));
                }

                @Override
                public void onWaitEnd(WaitEnd end) {
                    out.forEach(w -> w.onWaitEnd(end));
                }
            };
        }

        @Override
        public void onPoolEvent(PoolEvent event) {
            for (FlyListener l : all) {
                l.onPoolEvent(event);
            }
        }

        @Override
        public LeaseListener onLeaseAcquired(LeaseEvent acquired) {
            List<LeaseListener> out = started(FlyListener::onLeaseAcquired, acquired, LeaseListener.NOOP);
            if (out.isEmpty()) {
                return LeaseListener.NOOP;
            }
            return new LeaseListener() {
                @Override
                public void onLeaseEvent(LeaseEvent event) {
                    out.forEach(x -> x.onLeaseEvent(event));
                }

                @Override
                public ContextScope openScope() {
                    ContextScope[] scopes = new ContextScope[out.size()];
                    for (int i = 0; i < scopes.length; i++) {
                        scopes[i] = out.get(i).openScope();
                    }
                    return closingAll(scopes);
                }
            };
        }

        @Override
        public Object captureContext() {
            Object[] contexts = new Object[all.size()];
            boolean any = false;
            for (int i = 0; i < contexts.length; i++) {
                contexts[i] = all.get(i).captureContext();
                any |= contexts[i] != null;
            }
            return any ? contexts : null;
        }

        @Override
        public ContextScope restoreContext(Object context) {
            Object[] contexts = (Object[]) context;
            ContextScope[] scopes = new ContextScope[contexts.length];
            for (int i = 0; i < contexts.length; i++) {
                scopes[i] = all.get(i).restoreContext(contexts[i]);
            }
            return closingAll(scopes);
        }
    }

    /** Several call listeners (each already safe). */
    private static final class AllCalls implements CallListener {
        private final List<CallListener> all;

        AllCalls(List<CallListener> all) {
            this.all = all;
        }

        @Override
        public void onRateLimitWait(RateLimitWait wait) {
            all.forEach(c -> c.onRateLimitWait(wait));
        }

        @Override
        public void onAttemptStart(AttemptStart attempt) {
            all.forEach(c -> c.onAttemptStart(attempt));
        }

        @Override
        public void addHeaders(AttemptStart attempt, HeaderSink headers) {
            all.forEach(c -> c.addHeaders(attempt, headers));
        }

        @Override
        public void onAttemptEnd(AttemptEnd attempt) {
            all.forEach(c -> c.onAttemptEnd(attempt));
        }

        @Override
        public void onAdoption(Adoption adoption) {
            all.forEach(c -> c.onAdoption(adoption));
        }

        @Override
        public void onCallEnd(CallEnd end) {
            all.forEach(c -> c.onCallEnd(end));
        }
    }

    /** One user call listener behind catches. */
    private static final class SafeCall implements CallListener {
        private final CallListener d;

        SafeCall(CallListener d) {
            this.d = d;
        }

        @Override
        public void onRateLimitWait(RateLimitWait wait) {
            deliver(d, CallListener::onRateLimitWait, wait);
        }

        @Override
        public void onAttemptStart(AttemptStart attempt) {
            deliver(d, CallListener::onAttemptStart, attempt);
        }

        @Override
        public void addHeaders(AttemptStart attempt, HeaderSink headers) {
            try {
                d.addHeaders(attempt, headers);
            } catch (Throwable e) {
                dropped(e);
            }
        }

        @Override
        public void onAttemptEnd(AttemptEnd attempt) {
            deliver(d, CallListener::onAttemptEnd, attempt);
        }

        @Override
        public void onAdoption(Adoption adoption) {
            deliver(d, CallListener::onAdoption, adoption);
        }

        @Override
        public void onCallEnd(CallEnd end) {
            deliver(d, CallListener::onCallEnd, end);
        }
    }

    /** One user wait listener behind catches. */
    private static final class SafeWait implements WaitListener {
        private final WaitListener d;

        SafeWait(WaitListener d) {
            this.d = d;
        }

        @Override
        public void onPoll(WaitPoll poll) {
            deliver(d, WaitListener::onPoll, poll);
        }

        @Override
        public void onWaitEnd(WaitEnd end) {
            deliver(d, WaitListener::onWaitEnd, end);
        }
    }

    /** One user lease listener behind catches. */
    private static final class SafeLease implements LeaseListener {
        private final LeaseListener d;

        SafeLease(LeaseListener d) {
            this.d = d;
        }

        @Override
        public void onLeaseEvent(LeaseEvent event) {
            deliver(d, LeaseListener::onLeaseEvent, event);
        }

        @Override
        public ContextScope openScope() {
            ContextScope s;
            try {
                s = d.openScope();
            } catch (Throwable e) {
                dropped(e);
                return ContextScope.NOOP;
            }
            return safeScope(s);
        }
    }
}
