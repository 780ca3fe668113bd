package io.github.flymachines.internal.validate;

import io.github.flymachines.errors.FlyValidationException;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * One-line argument checks at the start of public methods: a missing argument is refused with a
 * {@link FlyValidationException} naming the parameter, before anything is sent.
 */
public final class Args {
    private Args() {
    }

    /**
     * Refuses a null argument.
     *
     * @param value the argument
     * @param name the parameter's name, reported as the field
     * @param <T> its type
     * @return the argument
     * @throws FlyValidationException if it is null
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /**
     * Refuses a null array, or one with a null, empty or blank element (a command line).
     *
     * @param values the array
     * @param name the parameter's name
     * @return the array
     * @throws FlyValidationException if it is null, empty or has a null or blank element
     */
    public static String[] command(String[] values, String name) {
        if (values == null || values.length == 0) {
            throw new FlyValidationException(name, "is required (at least the program to run)");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new FlyValidationException(name + "[" + i + "]", "is null");
            }
        }
        if (values[0].isBlank()) {
            throw new FlyValidationException(name + "[0]", "the program to run is blank");
        }
        return values;
    }

    /**
     * Refuses a null array or one holding null.
     *
     * @param values the array (varargs)
     * @param name the parameter's name
     * @param <T> the element type
     * @return the array
     * @throws FlyValidationException if it or an element is null
     */
    @SafeVarargs
    public static <T> T[] elements(String name, T... values) {
        notNull(values, name);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new FlyValidationException(name + "[" + i + "]", "is null");
            }
        }
        return values;
    }

    /**
     * Refuses a null collection or one holding null.
     *
     * @param values the collection
     * @param name the parameter's name
     * @param <C> its type
     * @return the collection
     * @throws FlyValidationException if it or an element is null
     */
    public static <C extends Collection<?>> C noNulls(C values, String name) {
        notNull(values, name);
        int i = 0;
        for (Object v : values) {
            if (v == null) {
                throw new FlyValidationException(name + "[" + i + "]", "is null");
            }
            i++;
        }
        return values;
    }

    /**
     * A future failed with the refusal of a missing argument, for async methods.
     *
     * @param name the parameter's name
     * @param <T> the future's type
     * @return the failed future
     */
    public static <T> CompletableFuture<T> refused(String name) {
        return CompletableFuture.failedFuture(missing(name));
    }

    /**
     * The refusal of a missing argument.
     *
     * @param name the parameter's name
     * @return the exception
     */
    public static FlyValidationException missing(String name) {
        return new FlyValidationException(name, "is required");
    }
}
