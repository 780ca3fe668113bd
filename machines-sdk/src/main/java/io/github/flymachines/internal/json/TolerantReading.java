package io.github.flymachines.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableAnyProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tolerant reading of the model: a scalar field that cannot be read (a check interval that is not a
 * Go duration, a timestamp in an unknown format, text where a number belongs) no longer fails the
 * whole answer. The field is left unset and its raw JSON is kept with the record's unknown fields,
 * so it is written back unchanged; the first such field of each kind is logged at DEBUG.
 *
 * <p>Applies to the builders Jackson reads the model records through (those with an any-setter
 * for unknown fields). Nothing changes for writing: requests are still validated strictly.
 */
final class TolerantReading extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger("io.github.flymachines.json");
    private static final String MODEL = "io.github.flymachines.model.";
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription desc,
            BeanDeserializerBuilder builder) {
        SettableAnyProperty unknown = builder.getAnySetter();
        if (unknown == null || !desc.getBeanClass().getName().startsWith(MODEL)) {
            return builder;
        }
        List<SettableBeanProperty> properties = new ArrayList<>();
        builder.getProperties().forEachRemaining(properties::add);
        for (SettableBeanProperty p : properties) {
            if (scalar(p.getType())) {
                builder.addOrReplaceProperty(new Property(p, unknown), true);
            }
        }
        return builder;
    }

    /** Values of the JDK's types and the SDK's bytes: what a single JSON value is read into. */
    private static boolean scalar(JavaType type) {
        String name = type.getRawClass().getName();
        return !type.isContainerType() && (name.startsWith("java.") || name.equals(MODEL + "Bytes"));
    }

    /** A property that hands a value it cannot read to the unknown fields. */
    private static final class Property extends SettableBeanProperty.Delegating {
        private static final long serialVersionUID = 1L;
        private final transient SettableAnyProperty unknown;

        Property(SettableBeanProperty delegate, SettableAnyProperty unknown) {
            super(delegate);
            this.unknown = unknown;
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
            return new Property(d, unknown);
        }

        @Override
        public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
            deserializeSetAndReturn(p, ctxt, instance);
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
                throws IOException {
            JsonToken t = p.currentToken();
            if (t != null && t.isScalarValue()) {
                try {
                    return delegate.deserializeSetAndReturn(p, ctxt, instance);
                } catch (JsonMappingException | IllegalArgumentException | DateTimeException e) {
                    // a scalar reader fails on the value's one token: the parser is still on it
                    return keepRaw(ctxt.readTree(p), ctxt, instance, e);
                }
            }
            // an array or object (bytes as integers, or a value of the wrong shape): buffered, so that
            // the raw value is still at hand if it cannot be read
            JsonNode raw = ctxt.readTree(p);
            try (JsonParser buffered = raw.traverse(p.getCodec())) {
                buffered.nextToken();
                return delegate.deserializeSetAndReturn(buffered, ctxt, instance);
            } catch (JsonMappingException | IllegalArgumentException | DateTimeException e) {
                return keepRaw(raw, ctxt, instance, e);
            }
        }

        private Object keepRaw(JsonNode raw, DeserializationContext ctxt, Object instance, Exception why)
                throws IOException {
            unknown.set(instance, getName(), raw);
            String where = instance.getClass().getSimpleName().replaceFirst("Builder$", "") + "." + getName();
            if (LOGGED.add(where)) {
                LOG.log(System.Logger.Level.DEBUG, () -> "unreadable " + raw.getNodeType() + " value for '" + where
                        + "', kept as an unknown field and written back unchanged"
                        + (why == null ? "" : " (" + why.getClass().getSimpleName() + ")"));
            }
            return instance;
        }
    }
}
