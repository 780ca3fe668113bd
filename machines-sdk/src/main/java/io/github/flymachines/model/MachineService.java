package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * A network service of a Machine: the proxy routes public ports to an internal port, and can
 * start and stop the machine with traffic.
 *
 * @param protocol {@code tcp} or {@code udp} (JSON {@code protocol})
 * @param internalPort the port the program listens on (JSON {@code internal_port})
 * @param ports public ports (JSON {@code ports})
 * @param autostart whether the proxy starts the machine on a request (JSON {@code autostart})
 * @param autostop whether the proxy stops (or suspends) the machine when idle (JSON {@code
 *        autostop})
 * @param minMachinesRunning machines to keep running in the primary region (JSON {@code
 *        min_machines_running})
 * @param concurrency concurrency limits (JSON {@code concurrency})
 * @param checks health checks (JSON {@code checks})
 * @param forceInstanceKey routes all requests to one machine (JSON {@code force_instance_key})
 * @param forceInstanceDescription a description of the forced instance (JSON {@code
 *        force_instance_description})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MachineServiceReader.class)
public record MachineService(
        @JsonProperty("protocol") Protocol protocol,
        @JsonProperty("internal_port") Integer internalPort,
        @JsonProperty("ports") List<ServicePort> ports,
        @JsonProperty("autostart") Boolean autostart,
        @JsonProperty("autostop") Autostop autostop,
        @JsonProperty("min_machines_running") Integer minMachinesRunning,
        @JsonProperty("concurrency") ServiceConcurrency concurrency,
        @JsonProperty("checks") List<ServiceCheck> checks,
        @JsonProperty("force_instance_key") String forceInstanceKey,
        @JsonProperty("force_instance_description") String forceInstanceDescription,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MachineServiceBuilder.With {

    /** {@return an empty builder} */
    public static MachineServiceBuilder builder() {
        return new MachineServiceBuilder();
    }

    @Override
    public String toString() {
        return MachineServiceBuilder.render(this);
    }
}
