package io.github.flymachines.internal.util;

import io.github.flymachines.model.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * Holds the documented constants of one {@link OpenEnum} type and makes values for unknown
 * strings.
 *
 * @param <T> the open enum type
 */
public final class EnumRegistry<T extends OpenEnum> {
    /** Written only while the constants are registered (class initialisation); read lock-free. */
    private final Map<String, T> known = new ConcurrentHashMap<>();
    private final List<T> inOrder = new CopyOnWriteArrayList<>();
    private final BiFunction<String, Boolean, T> factory;

    /**
     * Creates a registry.
     *
     * @param factory makes an instance from its raw value and whether it is known
     */
    public EnumRegistry(BiFunction<String, Boolean, T> factory) {
        this.factory = factory;
    }

    /**
     * Registers a documented constant.
     *
     * @param value the raw value
     * @return the constant
     */
    public T known(String value) {
        T t = factory.apply(value, true);
        if (known.putIfAbsent(value, t) == null) {
            inOrder.add(t);
        }
        return t;
    }

    /**
     * Returns the constant for a raw value or a new unknown value.
     *
     * @param value the raw value
     * @return the value
     */
    public T of(String value) {
        if (value == null) {
            throw new NullPointerException("value");
        }
        T t = known.get(value);
        return t != null ? t : factory.apply(value, false);
    }

    /**
     * Returns the documented constants in declaration order.
     *
     * @return the constants
     */
    public List<T> values() {
        return List.copyOf(inOrder);
    }
}
