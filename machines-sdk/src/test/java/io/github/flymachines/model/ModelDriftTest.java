package io.github.flymachines.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Catches drift between the model records and their generated builders: for every record of the
 * package (found on the classpath, not listed by hand), the builder and the copy methods cover
 * every component, {@code toBuilder().build()} gives the record back, and each {@code withX}
 * changes that component only.
 */
class ModelDriftTest {

    @Test
    void everyRecordOfThePackageHasAGeneratedBuilder() {
        List<Class<?>> records = records();
        assertTrue(records.size() > 90, "found only " + records.size() + " records");
        for (Class<?> r : records) {
            Class<?> builder = builderOf(r);
            assertTrue(withOf(builder).isAssignableFrom(r), r.getSimpleName() + " implements its Builder.With");
        }
    }

    @TestFactory
    Stream<DynamicTest> buildersAndCopyMethodsCoverEveryComponent() {
        return records().stream().map(r -> DynamicTest.dynamicTest(r.getSimpleName(), () -> check(r)));
    }

    private static void check(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object builder = type.getMethod("builder").invoke(null);
        for (RecordComponent c : components) {
            setter(builder.getClass(), c).invoke(builder, sample(c.getGenericType(), 1));
        }
        Object full = builder.getClass().getMethod("build").invoke(builder);
        for (RecordComponent c : components) {
            assertEquals(sample(c.getGenericType(), 1), c.getAccessor().invoke(full),
                    type.getSimpleName() + "Builder." + c.getName() + " sets " + c.getName());
        }

        Object rebuilt = type.getMethod("toBuilder").invoke(full);
        assertEquals(full, rebuilt.getClass().getMethod("build").invoke(rebuilt), "toBuilder().build()");

        for (RecordComponent c : components) {
            String wither = "with" + Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
            Object changed = type.getMethod(wither, c.getType()).invoke(full, sample(c.getGenericType(), 2));
            for (RecordComponent o : components) {
                Object expected = o == c ? sample(c.getGenericType(), 2) : o.getAccessor().invoke(full);
                assertEquals(expected, o.getAccessor().invoke(changed),
                        type.getSimpleName() + "." + wither + " and " + o.getName());
            }
            assertNotEquals(full, changed, wither + " changes the record");
        }

        Object empty = type.getMethod("builder").invoke(null);
        Object none = empty.getClass().getMethod("build").invoke(empty);
        for (RecordComponent c : components) {
            if (List.class.isAssignableFrom(c.getType()) || Map.class.isAssignableFrom(c.getType())) {
                assertEquals(0, sizeOf(c.getAccessor().invoke(none)), c.getName() + " is empty, not null");
            }
        }
    }

    private static int sizeOf(Object collection) {
        return collection instanceof List<?> l ? l.size() : ((Map<?, ?>) collection).size();
    }

    /** The builder's setter of a component: the one-argument method of its name that is not varargs. */
    private static Method setter(Class<?> builder, RecordComponent c) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(c.getName()) && m.getParameterCount() == 1 && !m.isVarArgs()
                    && m.getParameterTypes()[0].isAssignableFrom(c.getType())) {
                return m;
            }
        }
        throw new AssertionError(builder.getSimpleName() + " has no setter for " + c.getName());
    }

    /** A value of a component's type, distinct per variant and from the empty default. */
    private static Object sample(Type type, int variant) throws Exception {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return List.of(sample(args[0], variant));
            }
            if (raw == Map.class) {
                return Map.of("k" + variant, sample(args[1], variant));
            }
            type = raw;
        }
        if (!(type instanceof Class<?> c)) {
            return "v" + variant; // a type variable (Page<T>)
        }
        if (c == String.class || c == Object.class) {
            return "v" + variant;
        }
        if (c == Integer.class || c == int.class) {
            return 10 + variant;
        }
        if (c == Long.class || c == long.class) {
            return 20L + variant;
        }
        if (c == java.math.BigDecimal.class) {
            return java.math.BigDecimal.valueOf(variant);
        }
        if (c == Double.class || c == double.class) {
            return 0.5 + variant;
        }
        if (c == Boolean.class || c == boolean.class) {
            return variant == 1;
        }
        if (c == Duration.class) {
            return Duration.ofSeconds(variant);
        }
        if (c == Instant.class) {
            return Instant.ofEpochSecond(1_700_000_000L + variant);
        }
        if (c == com.fasterxml.jackson.databind.JsonNode.class) {
            return TextNode.valueOf("n" + variant);
        }
        if (c == Autostop.class) {
            return variant == 1 ? Autostop.STOP : Autostop.SUSPEND;
        }
        if (c == Bytes.class) {
            return Bytes.of(new byte[] {(byte) variant});
        }
        if (OpenEnum.class.isAssignableFrom(c)) {
            return c.getMethod("of", String.class).invoke(null, "x" + variant);
        }
        if (c.isRecord()) {
            Object b = c.getMethod("builder").invoke(null);
            RecordComponent first = c.getRecordComponents()[0];
            setter(b.getClass(), first).invoke(b, sample(first.getGenericType(), variant));
            return b.getClass().getMethod("build").invoke(b);
        }
        return fail("no sample for " + c);
    }

    private static Class<?> builderOf(Class<?> record) {
        try {
            return Class.forName(record.getName() + "Builder");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(record.getSimpleName() + " has no generated builder", e);
        }
    }

    private static Class<?> withOf(Class<?> builder) {
        for (Class<?> inner : builder.getClasses()) {
            if (inner.getSimpleName().equals("With")) {
                return inner;
            }
        }
        throw new AssertionError(builder.getSimpleName() + " has no With interface");
    }

    /** The public records of the model package, from the directory or jar it was loaded from. */
    private static List<Class<?>> records() {
        List<String> names = new ArrayList<>();
        String pkg = Guest.class.getPackageName();
        try {
            File where = new File(Guest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String dir = pkg.replace('.', '/') + "/";
            if (where.isDirectory()) {
                try (Stream<Path> files = Files.list(where.toPath().resolve(dir))) {
                    files.map(f -> f.getFileName().toString()).forEach(names::add);
                }
            } else {
                try (ZipFile jar = new ZipFile(where)) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(dir) && n.indexOf('/', dir.length()) < 0)
                            .map(n -> n.substring(dir.length())).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            if (n.endsWith(".class") && !n.contains("$")) {
                try {
                    Class<?> c = Class.forName(pkg + "." + n.substring(0, n.length() - ".class".length()));
                    if (c.isRecord() && Modifier.isPublic(c.getModifiers())) {
                        out.add(c);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }
}
