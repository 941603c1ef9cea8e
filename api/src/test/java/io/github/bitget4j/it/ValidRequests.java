package io.github.bitget4j.it;

import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.model.BitgetRequest;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds a small valid request of any generated request type: its required fields set to plausible values
 * (a symbol is BTCUSDT, a coin USDT, a size 0.01), the optional ones left out, except an order id (which the
 * "either orderId or clientOid" rule wants) and market as the order type (so no price is needed).
 */
final class ValidRequests {

    private ValidRequests() {
    }

    static Object build(Class<?> type) {
        return build(type, Map.of());
    }

    /**
     * With {@code given} values by component name. A cross-field rule the plain request breaks ("size is required
     * when planType is profit_plan") names the field to add: it is set and the request built again.
     */
    static Object build(Class<?> type, Map<String, Object> given) {
        var values = new java.util.HashMap<>(given);
        for (int attempt = 0; ; attempt++) {
            try {
                return construct(type, values);
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof BitgetValidationException invalid) || attempt > 5) {
                    throw e;
                }
                String field = invalid.getMessage().split(" ")[0];
                values.put(field, value(field, componentType(type, field)));
            }
        }
    }

    /** A plausible value for one component of a request type. */
    static Object valueFor(Class<?> type, String component) {
        return value(component, componentType(type, component));
    }

    private static Type componentType(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getGenericType();
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no component " + name);
    }

    private static Object construct(Class<?> type, Map<String, Object> given) {
        if (!type.isRecord() || !BitgetRequest.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type + " is not a generated request");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            boolean optional = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
            String name = component.getName();
            if (given.containsKey(name)) {
                args[i] = given.get(name);
            } else if (name.equals("extraParams")) {
                args[i] = Map.of();
            } else if (!optional || name.equals("orderId")) {
                args[i] = value(name, component.getGenericType());
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build a valid " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(String name, Type type) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (type instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            var values = new ArrayList<Object>();
            values.add(element instanceof Class<?> c && BitgetRequest.class.isAssignableFrom(c) ? build(c)
                    : value(name, element));
            return List.copyOf(values);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return text(lower);
        }
        if (raw == BigDecimal.class) {
            return lower.contains("lever") ? new BigDecimal("10") : new BigDecimal("0.01");
        }
        if (raw == Integer.class) {
            return 10;
        }
        if (raw == Long.class) {
            return lower.contains("time") ? System.currentTimeMillis() : 10L;
        }
        if (raw == Instant.class) {
            return Instant.now();
        }
        if (raw == Boolean.class) {
            return Boolean.FALSE;
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals("MARKET")) {
                    return constant;
                }
            }
            return constants[0];
        }
        throw new IllegalArgumentException("no valid value for " + name + " of " + type);
    }

    private static String text(String name) {
        if (name.contains("symbol")) {
            return "BTCUSDT";
        }
        if (name.contains("coin")) {
            return "USDT";
        }
        return switch (name) {
            case "granularity" -> "1min";
            case "interval" -> "1m";
            case "clientoid" -> TestkitFixture.newClientOid("table");
            default -> "1";
        };
    }
}
