// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How long an order stays live.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum TimeInForce {
    /** Good till cancelled. Wire text {@code gtc}. */
    @SerializedName("gtc") GTC("gtc"),
    /** Maker only: cancelled instead of taking liquidity. Wire text {@code post_only}. */
    @SerializedName("post_only") POST_ONLY("post_only"),
    /** Fill completely at once or cancel. Wire text {@code fok}. */
    @SerializedName("fok") FOK("fok"),
    /** Fill what is possible at once, cancel the rest. Wire text {@code ioc}. */
    @SerializedName("ioc") IOC("ioc"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, TimeInForce> BY_WIRE = Map.ofEntries(
            Map.entry("gtc", GTC),
            Map.entry("post_only", POST_ONLY),
            Map.entry("fok", FOK),
            Map.entry("ioc", IOC));

    private final String wire;

    TimeInForce(String wire) {
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
    public static TimeInForce fromWire(@Nullable String text) {
        TimeInForce known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
