package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Instant;
import java.util.Map;

/**
 * How the main process of a Machine exited.
 *
 * @param exitCode the exit code; the API leaves out a 0 (Go {@code omitempty}), which reads as 0, and a 0 is
 *     left out when written (JSON {@code exit_code})
 * @param guestExitCode the guest's exit code (JSON {@code guest_exit_code})
 * @param guestSignal the guest signal (JSON {@code guest_signal})
 * @param oomKilled whether it was killed for lack of memory (JSON {@code oom_killed})
 * @param requestedStop whether a stop was requested (JSON {@code requested_stop})
 * @param restarting whether the platform restarts it (JSON {@code restarting})
 * @param signal the signal (JSON {@code signal})
 * @param exitedAt when (RFC 3339) (JSON {@code exited_at})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(builder = ExitEventBuilder.class)
public record ExitEvent(
        @JsonProperty("exit_code") @JsonInclude(JsonInclude.Include.NON_DEFAULT) int exitCode,
        @JsonProperty("guest_exit_code") Integer guestExitCode,
        @JsonProperty("guest_signal") Integer guestSignal,
        @JsonProperty("oom_killed") Boolean oomKilled,
        @JsonProperty("requested_stop") Boolean requestedStop,
        @JsonProperty("restarting") Boolean restarting,
        @JsonProperty("signal") Integer signal,
        @JsonProperty("exited_at") @TimeJson Instant exitedAt,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ExitEventBuilder.With {

    /** {@return an empty builder} */
    public static ExitEventBuilder builder() {
        return new ExitEventBuilder();
    }

    @Override
    public String toString() {
        return ExitEventBuilder.render(this);
    }
}
