package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.ArrayList;
import java.util.Arrays;
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
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
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
    public MachineService {
        ports = Models.list(ports);
        checks = Models.list(checks);
        extra = Models.extra(extra);
    }

    /**
     * Starts an empty builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this record's values, unknown fields included.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns a copy with {@code protocol} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withProtocol(Protocol value) {
        return new MachineService(value, internalPort, ports, autostart, autostop, minMachinesRunning, concurrency, checks, forceInstanceKey, forceInstanceDescription, extra);
    }

    /**
     * Returns a copy with {@code internal_port} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withInternalPort(Integer value) {
        return new MachineService(protocol, value, ports, autostart, autostop, minMachinesRunning, concurrency, checks, forceInstanceKey, forceInstanceDescription, extra);
    }

    /**
     * Returns a copy with {@code ports} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withPorts(List<ServicePort> value) {
        return new MachineService(protocol, internalPort, value, autostart, autostop, minMachinesRunning, concurrency, checks, forceInstanceKey, forceInstanceDescription, extra);
    }

    /**
     * Returns a copy with {@code autostart} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withAutostart(Boolean value) {
        return new MachineService(protocol, internalPort, ports, value, autostop, minMachinesRunning, concurrency, checks, forceInstanceKey, forceInstanceDescription, extra);
    }

    /**
     * Returns a copy with {@code autostop} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withAutostop(Autostop value) {
        return new MachineService(protocol, internalPort, ports, autostart, value, minMachinesRunning, concurrency, checks, forceInstanceKey, forceInstanceDescription, extra);
    }

    /**
     * Returns a copy with {@code min_machines_running} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withMinMachinesRunning(Integer value) {
        return new MachineService(protocol, internalPort, ports, autostart, autostop, value, concurrency, checks, forceInstanceKey, forceInstanceDescription, extra);
    }

    /**
     * Returns a copy with {@code concurrency} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withConcurrency(ServiceConcurrency value) {
        return new MachineService(protocol, internalPort, ports, autostart, autostop, minMachinesRunning, value, checks, forceInstanceKey, forceInstanceDescription, extra);
    }

    /**
     * Returns a copy with {@code checks} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withChecks(List<ServiceCheck> value) {
        return new MachineService(protocol, internalPort, ports, autostart, autostop, minMachinesRunning, concurrency, value, forceInstanceKey, forceInstanceDescription, extra);
    }

    /**
     * Returns a copy with {@code force_instance_key} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withForceInstanceKey(String value) {
        return new MachineService(protocol, internalPort, ports, autostart, autostop, minMachinesRunning, concurrency, checks, value, forceInstanceDescription, extra);
    }

    /**
     * Returns a copy with {@code force_instance_description} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineService withForceInstanceDescription(String value) {
        return new MachineService(protocol, internalPort, ports, autostart, autostop, minMachinesRunning, concurrency, checks, forceInstanceKey, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("MachineService")
                .add("protocol", protocol)
                .add("internalPort", internalPort)
                .add("ports", ports)
                .add("autostart", autostart)
                .add("autostop", autostop)
                .add("minMachinesRunning", minMachinesRunning)
                .add("concurrency", concurrency)
                .add("checks", checks)
                .add("forceInstanceKey", forceInstanceKey)
                .add("forceInstanceDescription", forceInstanceDescription)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link MachineService}. */
    public static final class Builder {
        private Protocol protocol;
        private Integer internalPort;
        private final List<ServicePort> ports = new ArrayList<>();
        private Boolean autostart;
        private Autostop autostop;
        private Integer minMachinesRunning;
        private ServiceConcurrency concurrency;
        private final List<ServiceCheck> checks = new ArrayList<>();
        private String forceInstanceKey;
        private String forceInstanceDescription;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(MachineService r) {
            this.protocol = r.protocol;
            this.internalPort = r.internalPort;
            this.ports.addAll(r.ports);
            this.autostart = r.autostart;
            this.autostop = r.autostop;
            this.minMachinesRunning = r.minMachinesRunning;
            this.concurrency = r.concurrency;
            this.checks.addAll(r.checks);
            this.forceInstanceKey = r.forceInstanceKey;
            this.forceInstanceDescription = r.forceInstanceDescription;
            this.extra = r.extra;
        }

        /**
         * Sets {@code protocol}.
         *
         * @param value {@code tcp} or {@code udp}
         * @return this
         */
        public Builder protocol(Protocol value) {
            this.protocol = value;
            return this;
        }

        /**
         * Sets {@code internal_port}.
         *
         * @param value the port the program listens on
         * @return this
         */
        public Builder internalPort(Integer value) {
            this.internalPort = value;
            return this;
        }

        /**
         * Sets {@code ports}, replacing earlier values.
         *
         * @param values public ports
         * @return this
         */
        public Builder ports(List<? extends ServicePort> values) {
            this.ports.clear();
            if (values != null) {
                this.ports.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code ports}, replacing earlier values.
         *
         * @param values public ports
         * @return this
         */
        public Builder ports(ServicePort... values) {
            return ports(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code ports}.
         *
         * @param value the element
         * @return this
         */
        public Builder addPort(ServicePort value) {
            this.ports.add(value);
            return this;
        }

        /**
         * Sets {@code autostart}.
         *
         * @param value whether the proxy starts the machine on a request
         * @return this
         */
        public Builder autostart(Boolean value) {
            this.autostart = value;
            return this;
        }

        /**
         * Sets {@code autostop}.
         *
         * @param value whether the proxy stops (or suspends) the machine when idle
         * @return this
         */
        public Builder autostop(Autostop value) {
            this.autostop = value;
            return this;
        }

        /**
         * Sets {@code min_machines_running}.
         *
         * @param value machines to keep running in the primary region
         * @return this
         */
        public Builder minMachinesRunning(Integer value) {
            this.minMachinesRunning = value;
            return this;
        }

        /**
         * Sets {@code concurrency}.
         *
         * @param value concurrency limits
         * @return this
         */
        public Builder concurrency(ServiceConcurrency value) {
            this.concurrency = value;
            return this;
        }

        /**
         * Sets {@code checks}, replacing earlier values.
         *
         * @param values health checks
         * @return this
         */
        public Builder checks(List<? extends ServiceCheck> values) {
            this.checks.clear();
            if (values != null) {
                this.checks.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code checks}, replacing earlier values.
         *
         * @param values health checks
         * @return this
         */
        public Builder checks(ServiceCheck... values) {
            return checks(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code checks}.
         *
         * @param value the element
         * @return this
         */
        public Builder addCheck(ServiceCheck value) {
            this.checks.add(value);
            return this;
        }

        /**
         * Sets {@code force_instance_key}.
         *
         * @param value routes all requests to one machine
         * @return this
         */
        public Builder forceInstanceKey(String value) {
            this.forceInstanceKey = value;
            return this;
        }

        /**
         * Sets {@code force_instance_description}.
         *
         * @param value a description of the forced instance
         * @return this
         */
        public Builder forceInstanceDescription(String value) {
            this.forceInstanceDescription = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link MachineService}
         */
        public MachineService build() {
            return new MachineService(protocol, internalPort, ports, autostart, autostop, minMachinesRunning, concurrency, checks, forceInstanceKey, forceInstanceDescription, extra);
        }
    }
}
