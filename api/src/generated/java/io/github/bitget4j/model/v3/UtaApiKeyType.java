// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether an API key may only read or also write.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaApiKeyType {
    /** Wire text {@code read_write}. */
    @SerializedName("read_write") READ_WRITE("read_write"),
    /** Wire text {@code read_only}. */
    @SerializedName("read_only") READ_ONLY("read_only"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaApiKeyType> BY_WIRE = Map.ofEntries(
            Map.entry("read_write", READ_WRITE),
            Map.entry("read_only", READ_ONLY));

    private final String wire;

    UtaApiKeyType(String wire) {
        this.wire = wire;
    }

    /**
     * The text Bitget uses for this value.
     *
     * @return the wire text; empty for {@link #UNKNOWN}
     */
    public String wire() {
        return wire;
    }

    /**
     * The constant for Bitget's text; never throws.
     *
     * @param text the wire text, may be null
     * @return the constant; {@link #UNKNOWN} for null or text this version does not know
     */
    public static UtaApiKeyType fromWire(@Nullable String text) {
        UtaApiKeyType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
