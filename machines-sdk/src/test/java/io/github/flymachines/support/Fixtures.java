package io.github.flymachines.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from {@code src/test/resources}. */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * Reads a resource as UTF-8 text.
     *
     * @param name the resource name
     * @return the text
     */
    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small machine JSON with the given id and state.
     *
     * @param id the id
     * @param state the state
     * @return the JSON
     */
    public static String machine(String id, String state) {
        return "{\"id\":\"" + id + "\",\"name\":\"m-" + id + "\",\"state\":\"" + state + "\",\"region\":\"ord\","
                + "\"instance_id\":\"01HZX6Q1J5B0Y3W2ZK3W9G8F7E\",\"private_ip\":\"fdaa::1\","
                + "\"config\":{\"image\":\"nginx:1.27\",\"guest\":{\"cpu_kind\":\"shared\",\"cpus\":1,\"memory_mb\":256}}}";
    }
}
