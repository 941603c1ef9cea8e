package io.github.bitget4j.internal.json;

import io.github.bitget4j.errors.BitgetValidationException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    public static void positiveIfPresent(@Nullable Long value, String name) {
        if (value != null && value <= 0) {
            throw new BitgetValidationException(name + " must be positive, was " + value);
        }
    }

    /** At least one of two identifiers, e.g. orderId or clientOid; blank counts as missing. */
    public static void either(@Nullable Object first, String firstName, @Nullable Object second, String secondName) {
        if (missing(first) && missing(second)) {
            throw new BitgetValidationException(firstName + " or " + secondName + " is required");
        }
    }

    /** A given enum value that is not {@code UNKNOWN}: that constant only exists to read what Bitget sends. */
    public static <E extends Enum<E>> E known(@Nullable E value, String name) {
        E given = present(value, name);
        knownIfPresent(given, name);
        return given;
    }

    public static <E extends Enum<E>> void knownIfPresent(@Nullable E value, String name) {
        if (value != null && value.name().equals("UNKNOWN")) {
            throw new BitgetValidationException(name + " must be a known value, not UNKNOWN");
        }
    }

    /** A number no smaller than {@code min} (a decimal literal), when given. */
    public static void atLeast(@Nullable Number value, String name, String min) {
        if (value != null && decimal(value).compareTo(new BigDecimal(min)) < 0) {
            throw new BitgetValidationException(name + " must be at least " + min + ", was " + value);
        }
    }

    /** A number no greater than {@code max} (a decimal literal), when given. */
    public static void atMost(@Nullable Number value, String name, String max) {
        if (value != null && decimal(value).compareTo(new BigDecimal(max)) > 0) {
            throw new BitgetValidationException(name + " must be at most " + max + ", was " + value);
        }
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** A value that must be given when {@code condition} holds; blank text counts as missing. */
    public static void requiredWhen(boolean condition, @Nullable Object value, String message) {
        if (condition && missing(value)) {
            throw new BitgetValidationException(message);
        }
    }

    /**
     * When {@code condition} holds, every item must have the value {@code get} reads; {@code template} names the
     * item with {@code {i}}, its index.
     */
    public static <T> void eachWhen(boolean condition, List<T> items, Function<T, @Nullable Object> get,
                                    String template) {
        if (!condition) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (missing(get.apply(items.get(i)))) {
                throw new BitgetValidationException(template.replace("{i}", Integer.toString(i)));
            }
        }
    }

    /** An optional list: null stays null, otherwise copied and checked for null elements. */
    public static <T> @Nullable List<T> listIfPresent(@Nullable List<T> values, String name) {
        if (values == null) {
            return null;
        }
        for (T value : values) {
            if (value == null) {
                throw new BitgetValidationException(name + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    /**
     * Extra raw parameters of a request: copied in order, names non-blank and not one of the typed fields (a
     * typed field is set through its own component, so the two cannot disagree), values non-null.
     */
    public static Map<String, Object> extraParams(@Nullable Map<String, Object> extra, List<String> typedNames) {
        if (extra == null || extra.isEmpty()) {
            return Map.of();
        }
        var copy = new LinkedHashMap<String, Object>();
        for (Map.Entry<String, Object> entry : extra.entrySet()) {
            String name = entry.getKey();
            if (name == null || name.isBlank()) {
                throw new BitgetValidationException("an extra parameter needs a name");
            }
            if (typedNames.contains(name)) {
                throw new BitgetValidationException("extra parameter '" + name + "' is a typed field; set it directly");
            }
            if (entry.getValue() == null) {
                throw new BitgetValidationException("extra parameter '" + name + "' is null; leave it out instead");
            }
            copy.put(name, entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** {@code extra} plus one more parameter, for {@code withExtraParam}. */
    public static Map<String, Object> withExtra(Map<String, Object> extra, String name, Object value) {
        var copy = new LinkedHashMap<>(extra);
        copy.put(name, value);
        return copy;
    }

    private static boolean missing(@Nullable Object value) {
        return value == null || value instanceof String text && text.isBlank();
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
