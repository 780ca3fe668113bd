package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.ProcessStatReader.class)
public record ProcessStat(
        @JsonProperty("pid") Integer pid,
        @JsonProperty("stime") Long stime,
        @JsonProperty("rtime") Long rtime,
        @JsonProperty("command") String command,
        @JsonProperty("directory") String directory,
        @JsonProperty("cpu") Long cpu,
        @JsonProperty("rss") Long rss,
        @JsonProperty("listen_sockets") List<ListenSocket> listenSockets,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ProcessStatBuilder.With {

    /** {@return an empty builder} */
    public static ProcessStatBuilder builder() {
        return new ProcessStatBuilder();
    }

    @Override
    public String toString() {
        return ProcessStatBuilder.render(this);
    }
}
