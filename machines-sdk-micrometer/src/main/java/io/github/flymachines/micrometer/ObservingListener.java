package io.github.flymachines.micrometer;

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
import io.github.flymachines.observe.Outcome;
import io.github.flymachines.observe.RateLimitWait;
import io.github.flymachines.observe.WaitEnd;
import io.github.flymachines.observe.WaitListener;
import io.github.flymachines.observe.WaitPoll;
import io.github.flymachines.observe.WaitStart;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/** The {@link FlyListener} {@link FlyMicrometer} builds. */
final class ObservingListener implements FlyListener {
    private final ObservationRegistry registry;
    private final FlyMeters meters;

    ObservingListener(ObservationRegistry registry, FlyMeters meters) {
        this.registry = registry;
        this.meters = meters;
    }

    @Override
    public Object captureContext() {
        return registry.getCurrentObservation();
    }

    @Override
    public ContextScope restoreContext(Object context) {
        if (!(context instanceof Observation o)) {
            return ContextScope.NOOP;
        }
        Observation.Scope scope = o.openScope();
        return scope::close;
    }

    @Override
    public CallListener onCallStart(CallStart call) {
        FlyCallContext context = new FlyCallContext(call);
        Observation obs = Observation.createNotStarted(FlyMicrometer.CALL_OBSERVATION, () -> context, registry)
                .contextualName(call.operationId())
                .lowCardinalityKeyValue(FlyMicrometer.OPERATION, call.operation())
                .highCardinalityKeyValue(FlyMicrometer.APP, FlyMeters.orNone(call.app()))
                .highCardinalityKeyValue(FlyMicrometer.MACHINE_ID, FlyMeters.orNone(call.machineId()))
                .start();
        return new Call(obs, context);
    }

    @Override
    public WaitListener onWaitStart(WaitStart wait) {
        Observation obs = Observation.createNotStarted(FlyMicrometer.WAIT_OBSERVATION, registry)
                .contextualName("wait " + String.join("|", wait.states()))
                .highCardinalityKeyValue(FlyMicrometer.APP, FlyMeters.orNone(wait.app()))
                .highCardinalityKeyValue(FlyMicrometer.MACHINE_ID, FlyMeters.orNone(wait.machineId()))
                .start();
        if (meters != null) {
            meters.waitStarted();
        }
        return new WaitListener() {
            @Override
            public void onPoll(WaitPoll poll) {
                obs.event(Observation.Event.of("fly.wait.poll", "poll " + poll.poll() + ": "
                        + (poll.state() != null ? poll.state()
                                : poll.failure() != null ? poll.failure().getClass().getSimpleName() : "no state")));
            }

            @Override
            public void onWaitEnd(WaitEnd end) {
                obs.lowCardinalityKeyValue(FlyMicrometer.OUTCOME, FlyMeters.lower(end.outcome()));
                obs.lowCardinalityKeyValue(FlyMicrometer.STATE, FlyMeters.orNone(end.state()));
                if (end.failure() != null) {
                    obs.error(end.failure());
                }
                obs.stop();
                if (meters != null) {
                    meters.waitEnded(end);
                }
            }
        };
    }

    @Override
    public LeaseListener onLeaseAcquired(LeaseEvent acquired) {
        Observation obs = Observation.createNotStarted(FlyMicrometer.LEASE_OBSERVATION, registry)
                .contextualName("lease")
                .highCardinalityKeyValue(FlyMicrometer.APP, FlyMeters.orNone(acquired.app()))
                .highCardinalityKeyValue(FlyMicrometer.MACHINE_ID, FlyMeters.orNone(acquired.machineId()))
                .start();
        if (meters != null) {
            meters.lease(acquired);
        }
        return new LeaseListener() {
            @Override
            public void onLeaseEvent(LeaseEvent event) {
                if (meters != null) {
                    meters.lease(event);
                }
                String kind = FlyMeters.lower(event.kind());
                if (event.kind() == LeaseEvent.Kind.RELEASED || event.kind() == LeaseEvent.Kind.LOST) {
                    obs.lowCardinalityKeyValue(FlyMicrometer.OUTCOME, kind);
                    if (event.kind() == LeaseEvent.Kind.LOST && event.failure() != null) {
                        obs.error(event.failure());
                    }
                    obs.stop();
                } else {
                    obs.event(Observation.Event.of("fly.lease." + kind));
                }
            }
        };
    }

    /** One call's Observation. */
    private final class Call implements CallListener {
        private final Observation obs;
        private final FlyCallContext context;

        Call(Observation obs, FlyCallContext context) {
            this.obs = obs;
            this.context = context;
        }

        @Override
        public void onRateLimitWait(RateLimitWait wait) {
            obs.event(Observation.Event.of("fly.ratelimit.wait", "rate limited for " + wait.delay().toMillis()
                    + " ms before attempt " + wait.attempt()));
            if (meters != null) {
                meters.rateLimitWait(wait.call().operation(), wait.delay());
            }
        }

        @Override
        public void onAttemptStart(AttemptStart attempt) {
            if (attempt.attempt() > 1) {
                obs.event(Observation.Event.of("fly.attempt", "attempt " + attempt.attempt()
                        + (attempt.region() == null ? "" : " in " + attempt.region())));
            }
        }

        @Override
        public void addHeaders(AttemptStart attempt, HeaderSink headers) {
            context.getCarrier().forEach(headers::header);
        }

        @Override
        public void onAttemptEnd(AttemptEnd a) {
            if (a.retrying()) {
                obs.event(Observation.Event.of("fly.retry", "retry (" + FlyMeters.lower(a.retryReason())
                        + ") after attempt " + a.attempt() + (a.region() == null ? "" : " in " + a.region())
                        + ": " + (a.status() > 0 ? "HTTP " + a.status() + " " : "")
                        + a.failure().getClass().getSimpleName()));
            }
            if (meters != null) {
                meters.attempt(a);
            }
        }

        @Override
        public void onAdoption(Adoption adoption) {
            obs.event(Observation.Event.of("fly.adoption", adoption.adopted()
                    ? "adopted " + adoption.resourceId() + " made by an earlier attempt"
                    : "nothing to adopt: sending again"));
            if (meters != null) {
                meters.adoption(adoption.call().operation(), adoption.adopted());
            }
        }

        @Override
        public void onCallEnd(CallEnd end) {
            obs.lowCardinalityKeyValue(FlyMicrometer.STATUS_CLASS, end.statusClass());
            obs.lowCardinalityKeyValue(FlyMicrometer.OUTCOME, FlyMeters.lower(end.outcome()));
            obs.lowCardinalityKeyValue(FlyMicrometer.REGION, FlyMeters.orNone(end.region()));
            obs.highCardinalityKeyValue("fly.attempts", Integer.toString(end.attempts()));
            if (end.failure() != null && end.outcome() != Outcome.SUCCESS) {
                obs.error(end.failure());
            }
            obs.stop();
            if (meters != null) {
                meters.call(end);
            }
        }
    }
}
