package io.github.bitget4j.internal.json;

import io.github.bitget4j.errors.BitgetValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks the request records run in their constructors, so a bad request fails before any byte is sent,
 * with a message that names the parameter.
 */
public final class Require {

    private Require() {
    }

    /** A non-blank string. */
    public static String text(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new BitgetValidationException(name + " is required");
        }
        return value;
    }

    public static <T> T present(@Nullable T value, String name) {
        if (value == null) {
            throw new BitgetValidationException(name + " is required");
        }
        return value;
    }

    /** A value that is given and greater than zero. */
    public static BigDecimal positive(@Nullable BigDecimal value, String name) {
        BigDecimal given = present(value, name);
        positiveIfPresent(given, name);
        return given;
    }

    public static void positiveIfPresent(@Nullable BigDecimal value, String name) {
        if (value != null && value.signum() <= 0) {
            throw new BitgetValidationException(name + " must be positive, was " + value.toPlainString());
        }
    }

    public static void positiveIfPresent(@Nullable Integer value, String name) {
        if (value != null && value <= 0) {
            throw new BitgetValidationException(name + " must be positive, was " + value);
        }
    }

    /** At least one of two identifiers, e.g. orderId or clientOid; blank counts as missing. */
    public static void either(@Nullable String first, String firstName, @Nullable String second, String secondName) {
        if ((first == null || first.isBlank()) && (second == null || second.isBlank())) {
            throw new BitgetValidationException(firstName + " or " + secondName + " is required");
        }
    }

    /** A non-empty list without null elements, copied so the request stays immutable. */
    public static <T> List<T> nonEmpty(@Nullable List<T> values, String name) {
        if (values == null || values.isEmpty()) {
            throw new BitgetValidationException(name + " must contain at least one element");
        }
        for (T value : values) { // not contains(null): immutable lists throw on that
            if (value == null) {
                throw new BitgetValidationException(name + " must not contain null");
            }
        }
        return List.copyOf(values);
    }
}
