package io.github.flymachines.micrometer;

import io.github.flymachines.observe.CallStart;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Observation context of one API call: a client-side {@link SenderContext} whose carrier
 * collects the headers a propagating tracing handler injects (a W3C {@code traceparent}, for
 * instance); the SDK sends them with every attempt of the call.
 */
public final class FlyCallContext extends SenderContext<Map<String, String>> {
    private final CallStart call;

    /**
     * Creates the context.
     *
     * @param call the call
     */
    public FlyCallContext(CallStart call) {
        super((carrier, key, value) -> {
            if (carrier != null && key != null && value != null) {
                carrier.put(key, value);
            }
        }, Kind.CLIENT);
        this.call = Objects.requireNonNull(call, "call");
        setCarrier(new LinkedHashMap<>());
        setRemoteServiceName("fly-machines-api");
    }

    /** @return the call (a redacted view: no token, nonce or body) */
    public CallStart call() {
        return call;
    }

    /** @return the headers injected so far (to send with each attempt) */
    public Map<String, String> headers() {
        Map<String, String> c = getCarrier();
        return c == null ? Map.of() : Map.copyOf(c);
    }
}
