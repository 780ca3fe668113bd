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
 * DNS settings of a Machine.
 *
 * @param skipRegistration whether to skip registering the machine in internal DNS (JSON {@code
 *        skip_registration})
 * @param nameservers resolvers (JSON {@code nameservers})
 * @param searches search domains (JSON {@code searches})
 * @param options resolver options (JSON {@code options})
 * @param dnsForwardRules forwarding rules (JSON {@code dns_forward_rules})
 * @param hostname the hostname (JSON {@code hostname})
 * @param hostnameFqdn the fully qualified hostname (JSON {@code hostname_fqdn})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DnsConfig(
        @JsonProperty("skip_registration") Boolean skipRegistration,
        @JsonProperty("nameservers") List<String> nameservers,
        @JsonProperty("searches") List<String> searches,
        @JsonProperty("options") List<DnsOption> options,
        @JsonProperty("dns_forward_rules") List<DnsForwardRule> dnsForwardRules,
        @JsonProperty("hostname") String hostname,
        @JsonProperty("hostname_fqdn") String hostnameFqdn,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param skipRegistration whether to skip registering the machine in internal DNS (JSON {@code
     *        skip_registration})
     * @param nameservers resolvers (JSON {@code nameservers})
     * @param searches search domains (JSON {@code searches})
     * @param options resolver options (JSON {@code options})
     * @param dnsForwardRules forwarding rules (JSON {@code dns_forward_rules})
     * @param hostname the hostname (JSON {@code hostname})
     * @param hostnameFqdn the fully qualified hostname (JSON {@code hostname_fqdn})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public DnsConfig {
        nameservers = Models.list(nameservers);
        searches = Models.list(searches);
        options = Models.list(options);
        dnsForwardRules = Models.list(dnsForwardRules);
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
     * Returns a copy with {@code skip_registration} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsConfig withSkipRegistration(Boolean value) {
        return new DnsConfig(value, nameservers, searches, options, dnsForwardRules, hostname, hostnameFqdn, extra);
    }

    /**
     * Returns a copy with {@code nameservers} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsConfig withNameservers(List<String> value) {
        return new DnsConfig(skipRegistration, value, searches, options, dnsForwardRules, hostname, hostnameFqdn, extra);
    }

    /**
     * Returns a copy with {@code searches} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsConfig withSearches(List<String> value) {
        return new DnsConfig(skipRegistration, nameservers, value, options, dnsForwardRules, hostname, hostnameFqdn, extra);
    }

    /**
     * Returns a copy with {@code options} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsConfig withOptions(List<DnsOption> value) {
        return new DnsConfig(skipRegistration, nameservers, searches, value, dnsForwardRules, hostname, hostnameFqdn, extra);
    }

    /**
     * Returns a copy with {@code dns_forward_rules} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsConfig withDnsForwardRules(List<DnsForwardRule> value) {
        return new DnsConfig(skipRegistration, nameservers, searches, options, value, hostname, hostnameFqdn, extra);
    }

    /**
     * Returns a copy with {@code hostname} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsConfig withHostname(String value) {
        return new DnsConfig(skipRegistration, nameservers, searches, options, dnsForwardRules, value, hostnameFqdn, extra);
    }

    /**
     * Returns a copy with {@code hostname_fqdn} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsConfig withHostnameFqdn(String value) {
        return new DnsConfig(skipRegistration, nameservers, searches, options, dnsForwardRules, hostname, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("DnsConfig")
                .add("skipRegistration", skipRegistration)
                .add("nameservers", nameservers)
                .add("searches", searches)
                .add("options", options)
                .add("dnsForwardRules", dnsForwardRules)
                .add("hostname", hostname)
                .add("hostnameFqdn", hostnameFqdn)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link DnsConfig}. */
    public static final class Builder {
        private Boolean skipRegistration;
        private final List<String> nameservers = new ArrayList<>();
        private final List<String> searches = new ArrayList<>();
        private final List<DnsOption> options = new ArrayList<>();
        private final List<DnsForwardRule> dnsForwardRules = new ArrayList<>();
        private String hostname;
        private String hostnameFqdn;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(DnsConfig r) {
            this.skipRegistration = r.skipRegistration;
            this.nameservers.addAll(r.nameservers);
            this.searches.addAll(r.searches);
            this.options.addAll(r.options);
            this.dnsForwardRules.addAll(r.dnsForwardRules);
            this.hostname = r.hostname;
            this.hostnameFqdn = r.hostnameFqdn;
            this.extra = r.extra;
        }

        /**
         * Sets {@code skip_registration}.
         *
         * @param value whether to skip registering the machine in internal DNS
         * @return this
         */
        public Builder skipRegistration(Boolean value) {
            this.skipRegistration = value;
            return this;
        }

        /**
         * Sets {@code nameservers}, replacing earlier values.
         *
         * @param values resolvers
         * @return this
         */
        public Builder nameservers(List<? extends String> values) {
            this.nameservers.clear();
            if (values != null) {
                this.nameservers.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code nameservers}, replacing earlier values.
         *
         * @param values resolvers
         * @return this
         */
        public Builder nameservers(String... values) {
            return nameservers(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code nameservers}.
         *
         * @param value the element
         * @return this
         */
        public Builder addNameserver(String value) {
            this.nameservers.add(value);
            return this;
        }

        /**
         * Sets {@code searches}, replacing earlier values.
         *
         * @param values search domains
         * @return this
         */
        public Builder searches(List<? extends String> values) {
            this.searches.clear();
            if (values != null) {
                this.searches.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code searches}, replacing earlier values.
         *
         * @param values search domains
         * @return this
         */
        public Builder searches(String... values) {
            return searches(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code searches}.
         *
         * @param value the element
         * @return this
         */
        public Builder addSearche(String value) {
            this.searches.add(value);
            return this;
        }

        /**
         * Sets {@code options}, replacing earlier values.
         *
         * @param values resolver options
         * @return this
         */
        public Builder options(List<? extends DnsOption> values) {
            this.options.clear();
            if (values != null) {
                this.options.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code options}, replacing earlier values.
         *
         * @param values resolver options
         * @return this
         */
        public Builder options(DnsOption... values) {
            return options(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code options}.
         *
         * @param value the element
         * @return this
         */
        public Builder addOption(DnsOption value) {
            this.options.add(value);
            return this;
        }

        /**
         * Sets {@code dns_forward_rules}, replacing earlier values.
         *
         * @param values forwarding rules
         * @return this
         */
        public Builder dnsForwardRules(List<? extends DnsForwardRule> values) {
            this.dnsForwardRules.clear();
            if (values != null) {
                this.dnsForwardRules.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code dns_forward_rules}, replacing earlier values.
         *
         * @param values forwarding rules
         * @return this
         */
        public Builder dnsForwardRules(DnsForwardRule... values) {
            return dnsForwardRules(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code dns_forward_rules}.
         *
         * @param value the element
         * @return this
         */
        public Builder addDnsForwardRule(DnsForwardRule value) {
            this.dnsForwardRules.add(value);
            return this;
        }

        /**
         * Sets {@code hostname}.
         *
         * @param value the hostname
         * @return this
         */
        public Builder hostname(String value) {
            this.hostname = value;
            return this;
        }

        /**
         * Sets {@code hostname_fqdn}.
         *
         * @param value the fully qualified hostname
         * @return this
         */
        public Builder hostnameFqdn(String value) {
            this.hostnameFqdn = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link DnsConfig}
         */
        public DnsConfig build() {
            return new DnsConfig(skipRegistration, nameservers, searches, options, dnsForwardRules, hostname, hostnameFqdn, extra);
        }
    }
}
