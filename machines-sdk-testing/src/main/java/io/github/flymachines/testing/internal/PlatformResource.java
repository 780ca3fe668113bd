package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.flymachines.testing.ExecCall;
import io.github.flymachines.testing.ExecOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Platform endpoints: regions. Guarded by the app's lock ({@code synchronized (app)}). */
final class PlatformResource extends FakePart {
    PlatformResource(FakeState s) {
        super(s);
    }
    // ------------------------------------------------------------------ platform

    FakeResponse regions() {
        ObjectNode o = FakeJson.obj();
        ArrayNode list = o.putArray("Regions");
        for (Regions.Region reg : Regions.ALL) {
            ObjectNode x = list.addObject();
            x.put("code", reg.code());
            x.put("name", reg.name());
            x.put("latitude", reg.latitude());
            x.put("longitude", reg.longitude());
            x.put("gateway_available", true);
            x.put("requires_paid_plan", false);
            x.put("deprecated", false);
            x.put("geo_region", reg.geo());
        }
        o.put("Nearest", settings.defaultRegion());
        return FakeResponse.json(200, o);
    }

}
