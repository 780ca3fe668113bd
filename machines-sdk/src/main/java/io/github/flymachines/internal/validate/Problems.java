package io.github.flymachines.internal.validate;

import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.FlyValidationException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@link Validator} and {@link SurfaceValidator} share: the problems one validation finds,
 * collected and then thrown together, and the region check both make.
 */
abstract class Problems {
    /** Region codes, comma-separated lists of them, or aliases. */
    static final Pattern REGION = Pattern.compile("[a-z0-9]+(?:,[a-z0-9]+)*");

    private final List<Problem> problems = new ArrayList<>();

    /** Records one problem. */
    final void fail(String field, String message) {
        problems.add(new Problem(field, message));
    }

    /** Throws every recorded problem together, if there is any. */
    final void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new FlyValidationException(problems);
        }
    }

    /** Refuses a region that is not a region code, comma-separated list or alias; null is allowed. */
    final void region(String field, String r) {
        if (r != null && !REGION.matcher(r).matches()) {
            fail(field, "'" + r + "' is not a region code, comma-separated list or alias");
        }
    }
}
