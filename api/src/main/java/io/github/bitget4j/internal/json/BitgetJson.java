package io.github.bitget4j.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The shared Gson instance for everything bitget4j sends and receives. Built once; Gson is thread-safe.
 * <ul>
 *   <li>No HTML escaping: a POST body is signed exactly as sent, and by default Gson would replace
 *       {@code <>&='} with Unicode escapes.</li>
 *   <li>Nulls are left out, so an unset optional parameter is simply absent.</li>
 *   <li>{@link BigDecimal}, {@link Long} and {@link Integer} are written as JSON strings (plain notation,
 *       never {@code 1E+3}), the way Bitget documents and sends its numbers; they are read from a string
 *       or a number, and {@code ""} reads as null (as 0 for {@code long}/{@code int}, like an absent field).</li>
 *   <li>Enum constants are written as their {@code @SerializedName}; an unknown wire value reads as null.</li>
 *   <li>Records annotated {@code @FromJsonArray} are read from and written as positional arrays.</li>
 *   <li>{@link Instant} is Unix milliseconds on the wire; a request's extra raw parameters are written beside
 *       its typed fields.</li>
 * </ul>
 */
public final class BitgetJson {

    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .setExclusionStrategies(ExtraParamsAdapterFactory.SKIP_COMPONENT)
            .registerTypeAdapter(Instant.class, InstantAdapter.INSTANCE)
            .registerTypeAdapter(BigDecimal.class, NumberAdapters.BIG_DECIMAL)
            .registerTypeAdapter(Long.class, NumberAdapters.LONG)
            .registerTypeAdapter(long.class, NumberAdapters.PRIMITIVE_LONG)
            .registerTypeAdapter(Integer.class, NumberAdapters.INTEGER)
            .registerTypeAdapter(int.class, NumberAdapters.PRIMITIVE_INT)
            .registerTypeAdapterFactory(new FromJsonArrayAdapterFactory())
            .registerTypeAdapterFactory(new SpotFeeDetailAdapterFactory())
            .registerTypeAdapterFactory(new ExtraParamsAdapterFactory())
            .create();

    private static final Gson STRICT = GSON.newBuilder()
            .registerTypeAdapterFactory(new StrictRecordAdapterFactory())
            .create();

    private BitgetJson() {
    }

    /** Like {@link #gson()}, but refuses response fields the model does not know and missing non-null ones. */
    public static Gson strictGson() {
        return STRICT;
    }

    /** The configured instance; the same object on every call. */
    public static Gson gson() {
        return GSON;
    }
}
