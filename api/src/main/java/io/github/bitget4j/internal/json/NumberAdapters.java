package io.github.bitget4j.internal.json;

import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Number adapters for Bitget's habit of sending numbers as strings, and {@code ""} for a number it has not got.
 * Numbers are written as strings too: Bitget documents every numeric parameter as a string.
 */
final class NumberAdapters {

    static final TypeAdapter<BigDecimal> BIG_DECIMAL = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, @Nullable BigDecimal value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toPlainString());
            }
        }

        @Override
        public @Nullable BigDecimal read(JsonReader in) throws IOException {
            String text = readNumberText(in);
            if (text == null) {
                return null;
            }
            try {
                return parseDecimal(text);
            } catch (NumberFormatException e) {
                throw notANumber(in, text, e);
            }
        }
    };

    static final TypeAdapter<Long> LONG = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, @Nullable Long value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public @Nullable Long read(JsonReader in) throws IOException {
            String text = readNumberText(in);
            return text == null ? null : parseLong(in, text);
        }
    };

    static final TypeAdapter<Integer> INTEGER = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, @Nullable Integer value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public @Nullable Integer read(JsonReader in) throws IOException {
            String text = readNumberText(in);
            if (text == null) {
                return null;
            }
            long value = parseLong(in, text);
            if ((int) value != value) {
                throw notANumber(in, text, null);
            }
            return (int) value;
        }
    };

    // A primitive cannot hold "absent"; read it as 0, which is what Gson gives a record for a missing field.
    static final TypeAdapter<Long> PRIMITIVE_LONG = absentAsZero(LONG, 0L);
    static final TypeAdapter<Integer> PRIMITIVE_INT = absentAsZero(INTEGER, 0);

    private NumberAdapters() {
    }

    /** The number's text, or null for JSON null and {@code ""}. */
    private static @Nullable String readNumberText(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
            throw new JsonSyntaxException("Expected a number or a numeric string but was " + token
                    + " at " + in.getPath());
        }
        String text = in.nextString();
        return text.isEmpty() ? null : text;
    }

    /**
     * Same result as {@code new BigDecimal(text)} (value and scale). Plain decimals of up to 18 characters, which
     * is nearly every price and size Bitget sends, take a fast path: candles and order books hold thousands.
     */
    static BigDecimal parseDecimal(String text) {
        int length = text.length();
        if (length > 18) {
            return new BigDecimal(text);
        }
        boolean negative = length > 0 && text.charAt(0) == '-';
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean afterPoint = false;
        for (int i = negative ? 1 : 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0'); // at most 18 digits: cannot overflow
                digits++;
                if (afterPoint) {
                    scale++;
                }
            } else if (c == '.' && !afterPoint) {
                afterPoint = true;
            } else {
                return new BigDecimal(text); // exponent, '+' or not a number: let the JDK decide
            }
        }
        if (digits == 0) {
            return new BigDecimal(text);
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /** Whole numbers only, also in forms like "1.0E3" or "12.0". */
    private static long parseLong(JsonReader in, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notPlain) {
            try {
                return new BigDecimal(text).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw notANumber(in, text, e);
            }
        }
    }

    private static JsonSyntaxException notANumber(JsonReader in, String text, @Nullable Exception cause) {
        return new JsonSyntaxException("Expected a number but was '" + text + "' at " + in.getPreviousPath(), cause);
    }

    private static <T> TypeAdapter<T> absentAsZero(TypeAdapter<T> boxed, T zero) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, @Nullable T value) throws IOException {
                boxed.write(out, value);
            }

            @Override
            public T read(JsonReader in) throws IOException {
                T value = boxed.read(in);
                return value == null ? zero : value;
            }
        };
    }
}
