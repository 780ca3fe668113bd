package io.github.flymachines.testing.observe;

import io.github.flymachines.observe.Adoption;
import io.github.flymachines.observe.AttemptEnd;
import io.github.flymachines.observe.AttemptStart;
import io.github.flymachines.observe.CallEnd;
import io.github.flymachines.observe.CallListener;
import io.github.flymachines.observe.CallStart;
import io.github.flymachines.observe.FlyListener;
import io.github.flymachines.observe.HeaderSink;
import io.github.flymachines.observe.LeaseEvent;
import io.github.flymachines.observe.LeaseListener;
import io.github.flymachines.observe.RateLimitWait;
import io.github.flymachines.observe.WaitEnd;
import io.github.flymachines.observe.WaitListener;
import io.github.flymachines.observe.WaitPoll;
import io.github.flymachines.observe.WaitStart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A listener that records every event it sees, in order, and optionally adds headers. */
final class Recorder implements FlyListener {
    final List<Object> events = new ArrayList<>();
    final Map<String, String> headers;

    Recorder(Map<String, String> headers) {
        this.headers = headers;
    }

    synchronized void add(Object e) {
        events.add(e);
        notifyAll();
    }

    synchronized List<Object> all() {
        return List.copyOf(events);
    }

    <T> List<T> of(Class<T> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    synchronized void await(Predicate<Object> event, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (events.stream().noneMatch(event)) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no such event in " + events);
            }
            wait(left);
        }
    }

    /** Every string a listener could read from the events, failures and their causes included. */
    String everything() {
        StringBuilder sb = new StringBuilder();
        for (Object e : all()) {
            sb.append(e).append('\n');
            Throwable t = e instanceof AttemptEnd a ? a.failure() : e instanceof CallEnd c ? c.failure()
                    : e instanceof WaitEnd w ? w.failure() : e instanceof LeaseEvent l ? l.failure() : null;
            for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
                sb.append(t).append('\n');
                for (Throwable s : t.getSuppressed()) {
                    sb.append(s).append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Override
    public CallListener onCallStart(CallStart call) {
        add(call);
        return new CallListener() {
            @Override
            public void onRateLimitWait(RateLimitWait wait) {
                add(wait);
            }

            @Override
            public void onAttemptStart(AttemptStart attempt) {
                add(attempt);
            }

            @Override
            public void addHeaders(AttemptStart attempt, HeaderSink sink) {
                headers.forEach(sink::header);
            }

            @Override
            public void onAttemptEnd(AttemptEnd attempt) {
                add(attempt);
            }

            @Override
            public void onAdoption(Adoption adoption) {
                add(adoption);
            }

            @Override
            public void onCallEnd(CallEnd end) {
                add(end);
            }
        };
    }

    @Override
    public WaitListener onWaitStart(WaitStart wait) {
        add(wait);
        return new WaitListener() {
            @Override
            public void onPoll(WaitPoll poll) {
                add(poll);
            }

            @Override
            public void onWaitEnd(WaitEnd end) {
                add(end);
            }
        };
    }

    @Override
    public LeaseListener onLeaseAcquired(LeaseEvent acquired) {
        add(acquired);
        return new LeaseListener() {
            @Override
            public void onLeaseEvent(LeaseEvent event) {
                add(event);
            }
        };
    }
}
