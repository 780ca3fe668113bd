package io.github.flymachines.api;

import io.github.flymachines.lifecycle.CreateAttempt;
import io.github.flymachines.observe.AttemptEnd;
import io.github.flymachines.observe.CallListener;
import io.github.flymachines.observe.CallStart;
import io.github.flymachines.observe.FlyListener;
import java.util.function.Consumer;

/**
 * The create-attempt listener of {@link MachinesClient#withCreateAttemptListener}, as one case of
 * the {@link FlyListener} SPI: each failed attempt of the create call becomes a
 * {@link CreateAttempt}.
 */
final class CreateAttemptReporter implements FlyListener {
    private final Consumer<CreateAttempt> target;
    private final CallListener perCall;

    CreateAttemptReporter(Consumer<CreateAttempt> target) {
        this.target = target;
        this.perCall = new CallListener() {
            @Override
            public void onAttemptEnd(AttemptEnd a) {
                if (a.failure() != null) {
                    target.accept(new CreateAttempt(a.attempt(), a.region(), a.failure(), a.retrying()));
                }
            }
        };
    }

    @Override
    public CallListener onCallStart(CallStart call) {
        return perCall;
    }
}
