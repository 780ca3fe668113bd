package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A health check of a container.
 *
 * @param name the check name (JSON {@code name})
 * @param interval seconds between checks (JSON {@code interval})
 * @param gracePeriod seconds before failures count (JSON {@code grace_period})
 * @param timeout seconds allowed per check (JSON {@code timeout})
 * @param successThreshold successes to become healthy (JSON {@code success_threshold})
 * @param failureThreshold failures to become unhealthy (JSON {@code failure_threshold})
 * @param kind {@code readiness} or {@code liveness} (JSON {@code kind})
 * @param unhealthy what to do when unhealthy ({@code stop}) (JSON {@code unhealthy})
 * @param http an HTTP check (JSON {@code http})
 * @param tcp a TCP check (JSON {@code tcp})
 * @param exec a command check (JSON {@code exec})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerHealthcheck(
        @JsonProperty("name") String name,
        @JsonProperty("interval") Integer interval,
        @JsonProperty("grace_period") Integer gracePeriod,
        @JsonProperty("timeout") Integer timeout,
        @JsonProperty("success_threshold") Integer successThreshold,
        @JsonProperty("failure_threshold") Integer failureThreshold,
        @JsonProperty("kind") String kind,
        @JsonProperty("unhealthy") String unhealthy,
        @JsonProperty("http") HttpHealthcheck http,
        @JsonProperty("tcp") TcpHealthcheck tcp,
        @JsonProperty("exec") ExecHealthcheck exec,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the check name (JSON {@code name})
     * @param interval seconds between checks (JSON {@code interval})
     * @param gracePeriod seconds before failures count (JSON {@code grace_period})
     * @param timeout seconds allowed per check (JSON {@code timeout})
     * @param successThreshold successes to become healthy (JSON {@code success_threshold})
     * @param failureThreshold failures to become unhealthy (JSON {@code failure_threshold})
     * @param kind {@code readiness} or {@code liveness} (JSON {@code kind})
     * @param unhealthy what to do when unhealthy ({@code stop}) (JSON {@code unhealthy})
     * @param http an HTTP check (JSON {@code http})
     * @param tcp a TCP check (JSON {@code tcp})
     * @param exec a command check (JSON {@code exec})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ContainerHealthcheck {
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
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withName(String value) {
        return new ContainerHealthcheck(value, interval, gracePeriod, timeout, successThreshold, failureThreshold, kind, unhealthy, http, tcp, exec, extra);
    }

    /**
     * Returns a copy with {@code interval} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withInterval(Integer value) {
        return new ContainerHealthcheck(name, value, gracePeriod, timeout, successThreshold, failureThreshold, kind, unhealthy, http, tcp, exec, extra);
    }

    /**
     * Returns a copy with {@code grace_period} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withGracePeriod(Integer value) {
        return new ContainerHealthcheck(name, interval, value, timeout, successThreshold, failureThreshold, kind, unhealthy, http, tcp, exec, extra);
    }

    /**
     * Returns a copy with {@code timeout} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withTimeout(Integer value) {
        return new ContainerHealthcheck(name, interval, gracePeriod, value, successThreshold, failureThreshold, kind, unhealthy, http, tcp, exec, extra);
    }

    /**
     * Returns a copy with {@code success_threshold} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withSuccessThreshold(Integer value) {
        return new ContainerHealthcheck(name, interval, gracePeriod, timeout, value, failureThreshold, kind, unhealthy, http, tcp, exec, extra);
    }

    /**
     * Returns a copy with {@code failure_threshold} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withFailureThreshold(Integer value) {
        return new ContainerHealthcheck(name, interval, gracePeriod, timeout, successThreshold, value, kind, unhealthy, http, tcp, exec, extra);
    }

    /**
     * Returns a copy with {@code kind} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withKind(String value) {
        return new ContainerHealthcheck(name, interval, gracePeriod, timeout, successThreshold, failureThreshold, value, unhealthy, http, tcp, exec, extra);
    }

    /**
     * Returns a copy with {@code unhealthy} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withUnhealthy(String value) {
        return new ContainerHealthcheck(name, interval, gracePeriod, timeout, successThreshold, failureThreshold, kind, value, http, tcp, exec, extra);
    }

    /**
     * Returns a copy with {@code http} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withHttp(HttpHealthcheck value) {
        return new ContainerHealthcheck(name, interval, gracePeriod, timeout, successThreshold, failureThreshold, kind, unhealthy, value, tcp, exec, extra);
    }

    /**
     * Returns a copy with {@code tcp} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withTcp(TcpHealthcheck value) {
        return new ContainerHealthcheck(name, interval, gracePeriod, timeout, successThreshold, failureThreshold, kind, unhealthy, http, value, exec, extra);
    }

    /**
     * Returns a copy with {@code exec} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerHealthcheck withExec(ExecHealthcheck value) {
        return new ContainerHealthcheck(name, interval, gracePeriod, timeout, successThreshold, failureThreshold, kind, unhealthy, http, tcp, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ContainerHealthcheck")
                .add("name", name)
                .add("interval", interval)
                .add("gracePeriod", gracePeriod)
                .add("timeout", timeout)
                .add("successThreshold", successThreshold)
                .add("failureThreshold", failureThreshold)
                .add("kind", kind)
                .add("unhealthy", unhealthy)
                .add("http", http)
                .add("tcp", tcp)
                .add("exec", exec)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ContainerHealthcheck}. */
    public static final class Builder {
        private String name;
        private Integer interval;
        private Integer gracePeriod;
        private Integer timeout;
        private Integer successThreshold;
        private Integer failureThreshold;
        private String kind;
        private String unhealthy;
        private HttpHealthcheck http;
        private TcpHealthcheck tcp;
        private ExecHealthcheck exec;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ContainerHealthcheck r) {
            this.name = r.name;
            this.interval = r.interval;
            this.gracePeriod = r.gracePeriod;
            this.timeout = r.timeout;
            this.successThreshold = r.successThreshold;
            this.failureThreshold = r.failureThreshold;
            this.kind = r.kind;
            this.unhealthy = r.unhealthy;
            this.http = r.http;
            this.tcp = r.tcp;
            this.exec = r.exec;
            this.extra = r.extra;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the check name
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code interval}.
         *
         * @param value seconds between checks
         * @return this
         */
        public Builder interval(Integer value) {
            this.interval = value;
            return this;
        }

        /**
         * Sets {@code grace_period}.
         *
         * @param value seconds before failures count
         * @return this
         */
        public Builder gracePeriod(Integer value) {
            this.gracePeriod = value;
            return this;
        }

        /**
         * Sets {@code timeout}.
         *
         * @param value seconds allowed per check
         * @return this
         */
        public Builder timeout(Integer value) {
            this.timeout = value;
            return this;
        }

        /**
         * Sets {@code success_threshold}.
         *
         * @param value successes to become healthy
         * @return this
         */
        public Builder successThreshold(Integer value) {
            this.successThreshold = value;
            return this;
        }

        /**
         * Sets {@code failure_threshold}.
         *
         * @param value failures to become unhealthy
         * @return this
         */
        public Builder failureThreshold(Integer value) {
            this.failureThreshold = value;
            return this;
        }

        /**
         * Sets {@code kind}.
         *
         * @param value {@code readiness} or {@code liveness}
         * @return this
         */
        public Builder kind(String value) {
            this.kind = value;
            return this;
        }

        /**
         * Sets {@code unhealthy}.
         *
         * @param value what to do when unhealthy ({@code stop})
         * @return this
         */
        public Builder unhealthy(String value) {
            this.unhealthy = value;
            return this;
        }

        /**
         * Sets {@code http}.
         *
         * @param value an HTTP check
         * @return this
         */
        public Builder http(HttpHealthcheck value) {
            this.http = value;
            return this;
        }

        /**
         * Sets {@code tcp}.
         *
         * @param value a TCP check
         * @return this
         */
        public Builder tcp(TcpHealthcheck value) {
            this.tcp = value;
            return this;
        }

        /**
         * Sets {@code exec}.
         *
         * @param value a command check
         * @return this
         */
        public Builder exec(ExecHealthcheck value) {
            this.exec = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ContainerHealthcheck}
         */
        public ContainerHealthcheck build() {
            return new ContainerHealthcheck(name, interval, gracePeriod, timeout, successThreshold, failureThreshold, kind, unhealthy, http, tcp, exec, extra);
        }
    }
}
