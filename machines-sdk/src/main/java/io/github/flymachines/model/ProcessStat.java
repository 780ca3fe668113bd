package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.List;
import java.util.Map;

/**
 * A process running in a Machine.
 *
 * @param pid the process id (JSON {@code pid})
 * @param stime system time (JSON {@code stime})
 * @param rtime running time (JSON {@code rtime})
 * @param command the command line (JSON {@code command})
 * @param directory the working directory (JSON {@code directory})
 * @param cpu CPU usage (JSON {@code cpu})
 * @param rss resident memory in bytes (JSON {@code rss})
 * @param listenSockets listening sockets (JSON {@code listen_sockets})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProcessStat(
        @JsonProperty("pid") Integer pid,
        @JsonProperty("stime") Long stime,
        @JsonProperty("rtime") Long rtime,
        @JsonProperty("command") String command,
        @JsonProperty("directory") String directory,
        @JsonProperty("cpu") Long cpu,
        @JsonProperty("rss") Long rss,
        @JsonProperty("listen_sockets") List<ListenSocket> listenSockets,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param pid the process id (JSON {@code pid})
     * @param stime system time (JSON {@code stime})
     * @param rtime running time (JSON {@code rtime})
     * @param command the command line (JSON {@code command})
     * @param directory the working directory (JSON {@code directory})
     * @param cpu CPU usage (JSON {@code cpu})
     * @param rss resident memory in bytes (JSON {@code rss})
     * @param listenSockets listening sockets (JSON {@code listen_sockets})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ProcessStat {
        listenSockets = Models.list(listenSockets);
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ProcessStat")
                .add("pid", pid)
                .add("stime", stime)
                .add("rtime", rtime)
                .add("command", command)
                .add("directory", directory)
                .add("cpu", cpu)
                .add("rss", rss)
                .add("listenSockets", listenSockets)
                .extra(extra)
                .toString();
    }
}
