// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How much a merged order book groups prices.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum SpotMergePrecision {
    /** not merged (Bitget's default). Wire text {@code scale0}. */
    @SerializedName("scale0") SCALE0("scale0"),
    /** price step 10 times the quote precision. Wire text {@code scale1}. */
    @SerializedName("scale1") SCALE1("scale1"),
    /** 100 times. Wire text {@code scale2}. */
    @SerializedName("scale2") SCALE2("scale2"),
    /** 1000 times. Wire text {@code scale3}. */
    @SerializedName("scale3") SCALE3("scale3"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, SpotMergePrecision> BY_WIRE = Map.ofEntries(
            Map.entry("scale0", SCALE0),
            Map.entry("scale1", SCALE1),
            Map.entry("scale2", SCALE2),
            Map.entry("scale3", SCALE3));

    private final String wire;

    SpotMergePrecision(String wire) {
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
    public static SpotMergePrecision fromWire(@Nullable String text) {
        SpotMergePrecision known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
